package com.twofactor.login.boundary;

import java.time.Instant;
import java.util.Optional;

/** How a login ended. */
public sealed interface LoginResult {

  LoginStep step();

  /** The caller is who they claim; API clients get an access token. */
  record Authenticated(String loginName, String group, Optional<AccessToken> token)
      implements LoginResult {
    @Override
    public LoginStep step() {
      return LoginStep.COMPLETED;
    }
  }

  /** The login ends here. */
  record Refused(Reason reason, Optional<Instant> lockedUntil) implements LoginResult {
    @Override
    public LoginStep step() {
      return LoginStep.REFUSED;
    }
  }

  /** Why a login was refused. */
  enum Reason {
    /** Unknown login name or wrong password: one answer for both. */
    BAD_CREDENTIALS,
    /** Too many consecutive failures; the account is locked for a while. */
    LOCKED,
    /** API users use the API only. */
    CONSOLE_NOT_ALLOWED
  }
}
