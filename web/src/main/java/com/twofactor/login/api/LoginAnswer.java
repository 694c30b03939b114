package com.twofactor.login.api;

/** The answer to a login, as shared/API.md describes it; absent fields are left out. */
public record LoginAnswer(String status, String token, Long expiresIn) {

  static LoginAnswer authenticated(String token, long expiresIn) {
    return new LoginAnswer("AUTHENTICATED", token, expiresIn);
  }
}
