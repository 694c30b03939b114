package com.twofactor.login.boundary;

import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.login.entity.LoginChallenge.Method;
import com.twofactor.settings.entity.AuthenticatorApp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** How a login, or one of its steps, ended. */
public sealed interface LoginResult {

  LoginStep step();

  /**
   * The caller is who they claim; API clients get an access token, the console keeps the security
   * stamp in its session.
   */
  record Authenticated(
      String loginName, String group, Optional<AccessToken> token, String securityStamp)
      implements LoginResult {
    @Override
    public LoginStep step() {
      return LoginStep.COMPLETED;
    }
  }

  /**
   * The password was right and the two-factor policy asks for more: a setup prompt, a setup that
   * cannot be skipped, or a challenge by one of {@code methods}.
   */
  record SecondStepNeeded(
      String challengeId,
      ChallengeStep challenge,
      Set<Method> methods,
      Instant expiresAt,
      AuthenticatorApp authenticatorApp)
      implements LoginResult {
    @Override
    public LoginStep step() {
      return LoginStep.SECOND_FACTOR;
    }
  }

  /** The login ends here. */
  record Refused(Reason reason, Optional<Instant> lockedUntil, Optional<String> detail)
      implements LoginResult {

    public Refused(Reason reason, Optional<Instant> lockedUntil) {
      this(reason, lockedUntil, Optional.empty());
    }

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
    CONSOLE_NOT_ALLOWED,
    /** Two-factor authentication applies and the client cannot do it; the detail says why. */
    CLIENT_NOT_CAPABLE,
    /** A wrong, expired or already used code; the challenge stays open. */
    WRONG_CODE,
    /** Too many wrong codes: the challenge is over; log in again. */
    CHALLENGE_FAILED,
    /** The password was right, but an administrator disabled the account. */
    DISABLED
  }
}
