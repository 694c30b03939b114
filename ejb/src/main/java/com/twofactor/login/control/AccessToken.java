package com.twofactor.login.control;

import java.time.Duration;

/** A signed access token (RS256 JWT) and how long it is valid. */
public record AccessToken(String value, Duration expiresIn) {

  @Override
  public String toString() {
    return "AccessToken[expiresIn=" + expiresIn + "]";
  }
}
