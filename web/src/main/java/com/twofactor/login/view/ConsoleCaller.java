package com.twofactor.login.view;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Who logged into this console session, kept in the HTTP session: the account's security stamp at
 * login (once the account's stamp changes, the session is over), and a random key naming the
 * session to the business layer (a step-up proof serves this session only).
 */
record ConsoleCaller(String loginName, Set<String> groups, String securityStamp, String sessionKey)
    implements Serializable {

  static final String SESSION_ATTRIBUTE = ConsoleCaller.class.getName();

  private static final SecureRandom RANDOM = new SecureRandom();

  ConsoleCaller(String loginName, Set<String> groups, String securityStamp) {
    this(loginName, groups, securityStamp, newKey());
  }

  private static String newKey() {
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  @Override
  public String toString() {
    return "ConsoleCaller[" + loginName + ", " + groups + "]";
  }
}
