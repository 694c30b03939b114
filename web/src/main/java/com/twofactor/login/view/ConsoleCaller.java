package com.twofactor.login.view;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged into this console session, kept in the HTTP session, with the account's security stamp
 * at login: once the account's stamp changes, the session is over.
 */
record ConsoleCaller(String loginName, Set<String> groups, String securityStamp)
    implements Serializable {

  static final String SESSION_ATTRIBUTE = ConsoleCaller.class.getName();

  @Override
  public String toString() {
    return "ConsoleCaller[" + loginName + ", " + groups + "]";
  }
}
