package com.twofactor.login.view;

import java.io.Serializable;
import java.util.Set;

/** Who logged into this console session, kept in the HTTP session. */
record ConsoleCaller(String loginName, Set<String> groups) implements Serializable {

  static final String SESSION_ATTRIBUTE = ConsoleCaller.class.getName();
}
