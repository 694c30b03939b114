package com.twofactor.login.view;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller a console login validated, with the security stamp the login saw, so the session can
 * keep it.
 */
final class StampedCaller extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final String securityStamp;

  StampedCaller(String name, String securityStamp) {
    super(name);
    this.securityStamp = securityStamp;
  }

  String securityStamp() {
    return securityStamp;
  }
}
