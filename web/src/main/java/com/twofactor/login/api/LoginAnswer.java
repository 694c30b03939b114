package com.twofactor.login.api;

import com.twofactor.login.boundary.ChallengeStatus;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
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
    List<String> recoveryCodes) {

  static LoginAnswer authenticated(AccessToken token, List<String> recoveryCodes) {
    return new LoginAnswer(
        "AUTHENTICATED",
        token.value(),
        token.expiresIn().toSeconds(),
        null,
        null,
        null,
        null,
        recoveryCodes.isEmpty() ? null : recoveryCodes);
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
        null);
  }

  static LoginAnswer of(ChallengeStatus status) {
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
        null);
  }
}
