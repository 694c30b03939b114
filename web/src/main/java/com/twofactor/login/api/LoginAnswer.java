package com.twofactor.login.api;

import com.twofactor.login.boundary.ChallengeStatus;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.login.boundary.PushDetails;
import com.twofactor.login.control.AccessToken;
import com.twofactor.policy.entity.ChallengeMethod;
import java.time.Instant;
import java.util.List;

/**
 * The answer to a login or one of its steps, as docs/api.md describes it; absent fields are left
 * out. A login that paired the account's first device carries its new recovery codes, once.
 */
public record LoginAnswer(
    String status,
    String token,
    Long expiresIn,
    String challengeId,
    List<String> methods,
    Instant expiresAt,
    String authenticatorApp,
    List<String> recoveryCodes,
    PushAnswer push) {

  /**
   * A push approval request of the login: the number to show the user, who picks it in the app.
   *
   * @param state PENDING, APPROVED, DENIED, FAILED (wrong number), SUPERSEDED or EXPIRED
   */
  public record PushAnswer(String requestId, String numberMatch, Instant expiresAt, String state) {

    static PushAnswer of(PushDetails push) {
      return new PushAnswer(push.requestId(), push.numberMatch(), push.expiresAt(), push.state());
    }
  }

  static LoginAnswer authenticated(AccessToken token, List<String> recoveryCodes) {
    return new LoginAnswer(
        "AUTHENTICATED",
        token.value(),
        token.expiresIn().toSeconds(),
        null,
        null,
        null,
        null,
        recoveryCodes.isEmpty() ? null : recoveryCodes,
        null);
  }

  /** {@code CHALLENGE} with its methods, or {@code SETUP_PROMPT} / {@code SETUP_REQUIRED}. */
  static LoginAnswer secondStep(SecondStepNeeded next) {
    boolean challenge = !next.methods().isEmpty();
    return new LoginAnswer(
        next.challenge().name(),
        null,
        null,
        next.challengeId(),
        challenge ? next.methods().stream().map(ChallengeMethod::name).sorted().toList() : null,
        next.expiresAt(),
        challenge ? null : next.authenticatorApp().name(),
        null,
        null);
  }

  /** Where a login stands; an API login completed elsewhere carries its token, this once. */
  static LoginAnswer of(ChallengeStatus status) {
    if (status.login().isPresent()) {
      var done = status.login().get();
      LoginAnswer authenticated = authenticated(done.token().orElseThrow(), done.recoveryCodes());
      return new LoginAnswer(
          authenticated.status(),
          authenticated.token(),
          authenticated.expiresIn(),
          status.challengeId(),
          null,
          null,
          null,
          authenticated.recoveryCodes(),
          status.push().map(PushAnswer::of).orElse(null));
    }
    return new LoginAnswer(
        status.status(),
        null,
        null,
        status.challengeId(),
        status.methods().isEmpty()
            ? null
            : status.methods().stream().map(ChallengeMethod::name).sorted().toList(),
        status.expiresAt(),
        status.authenticatorApp().name(),
        null,
        status.push().map(PushAnswer::of).orElse(null));
  }
}
