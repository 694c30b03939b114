package com.twofactor.login.boundary;

import com.twofactor.login.control.AccessToken;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.settings.entity.AuthenticatorApp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How a login, or one of its steps, ended. */
public sealed interface LoginResult {

  /**
   * The caller is who they claim; API clients get an access token, the console keeps the security
   * stamp in its session. A login that paired the first device also carries the account's new
   * recovery codes, to be shown this once.
   */
  record Authenticated(
      String loginName,
      String group,
      Optional<AccessToken> token,
      String securityStamp,
      List<String> recoveryCodes)
      implements LoginResult {

    public Authenticated {
      recoveryCodes = List.copyOf(recoveryCodes);
    }

    public Authenticated(
        String loginName, String group, Optional<AccessToken> token, String securityStamp) {
      this(loginName, group, token, securityStamp, List.of());
    }

    public Authenticated withRecoveryCodes(List<String> codes) {
      return new Authenticated(loginName, group, token, securityStamp, codes);
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
      Set<ChallengeMethod> methods,
      Instant expiresAt,
      AuthenticatorApp authenticatorApp)
      implements LoginResult {}

  /**
   * The login, or this try of it, ends here.
   *
   * @param until when the account's lock ends ({@link Reason#LOCKED}) or when the source address
   *     may try again ({@link Reason#THROTTLED}), if known
   * @param detail what the user can do about it, for refusals that say more than "no"
   */
  record Refused(Reason reason, Optional<Instant> until, Optional<String> detail)
      implements LoginResult {

    public Refused(Reason reason, Optional<Instant> until) {
      this(reason, until, Optional.empty());
    }

    public static Refused because(Reason reason) {
      return new Refused(reason, Optional.empty(), Optional.empty());
    }

    /** What the person or client is told: the same words in the console and in the API. */
    public String explanation(Instant now) {
      return switch (reason) {
        case BAD_CREDENTIALS -> "Wrong login name or password.";
        case LOCKED ->
            "Too many failed logins. Your account is locked "
                + until.map(end -> "until " + LOCK_END.format(end)).orElse("for a while")
                + "; try again later.";
        case THROTTLED ->
            "Too many failed attempts from your address; try again in "
                + secondsToWait(now)
                + " s.";
        case CONSOLE_NOT_ALLOWED -> "API users cannot log in to the console; use the API.";
        case CONNECTION_NOT_ALLOWED, CLIENT_NOT_CAPABLE ->
            detail.orElse("This client cannot log in.");
        case WRONG_CODE -> detail.orElse("Wrong code. Enter the code your app shows now.");
        case CHALLENGE_FAILED -> "Too many wrong codes. Log in again.";
        case DISABLED -> "This account is disabled. Ask an administrator to enable it.";
      };
    }

    /** Whole seconds until the refusal ends (rounded up, at least 1), for {@code Retry-After}. */
    public long secondsToWait(Instant now) {
      return until
          .map(end -> Duration.between(now, end).toMillis())
          .map(millis -> Math.max(1, (millis + 999) / 1000))
          .orElse(1L);
    }

    private static final DateTimeFormatter LOCK_END =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  }

  /** Why a login was refused. */
  enum Reason {
    /** Unknown login name or wrong password: one answer for both. */
    BAD_CREDENTIALS,
    /** The account's failure budget is spent; it is locked for a while. */
    LOCKED,
    /** Too many failures from the source address lately; it must wait before trying again. */
    THROTTLED,
    /** API users use the API only. */
    CONSOLE_NOT_ALLOWED,
    /**
     * The client claimed a connection type its account may not use (replication and redirector
     * belong to service accounts of those kinds, which use nothing else); the detail says which.
     */
    CONNECTION_NOT_ALLOWED,
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
