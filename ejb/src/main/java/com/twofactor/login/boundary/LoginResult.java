package com.twofactor.login.boundary;

import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.login.entity.LoginChallenge.Method;
import com.twofactor.settings.entity.AuthenticatorApp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How a login, or one of its steps, ended. */
public sealed interface LoginResult {

  LoginStep step();

  /**
   * The caller is who they claim; API clients get an access token. A login that paired the first
   * device also carries the account's new recovery codes, to be shown this once.
   */
  record Authenticated(
      String loginName, String group, Optional<AccessToken> token, List<String> recoveryCodes)
      implements LoginResult {

    public Authenticated {
      recoveryCodes = List.copyOf(recoveryCodes);
    }

    public Authenticated(String loginName, String group, Optional<AccessToken> token) {
      this(loginName, group, token, List.of());
    }

    public Authenticated withRecoveryCodes(List<String> codes) {
      return new Authenticated(loginName, group, token, codes);
    }

    @Override
    public LoginStep step() {
      return LoginStep.COMPLETED;
    }

    @Override
    public String toString() {
      return "Authenticated[loginName=" + loginName + ", group=" + group + "]";
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
    CHALLENGE_FAILED
  }
}
