package com.twofactor.login.boundary;

import com.twofactor.login.boundary.LoginResult.Authenticated;
import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.settings.entity.AuthenticatorApp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where the second step of a login stands: {@code SETUP_PROMPT}, {@code SETUP_REQUIRED} or {@code
 * CHALLENGE} while open, then {@code AUTHENTICATED}, {@code DENIED} (on the mobile app), {@code
 * FAILED} or {@code EXPIRED} (the login, or the push request it waits for).
 *
 * @param push the login's latest push request, if it started one
 * @param login an API login completed elsewhere (push approved, branded app paired): its token,
 *     handed out to the first status request after completion, once
 */
public record ChallengeStatus(
    String challengeId,
    String status,
    Set<ChallengeMethod> methods,
    Instant expiresAt,
    AuthenticatorApp authenticatorApp,
    Optional<PushDetails> push,
    Optional<Authenticated> login) {

  public ChallengeStatus {
    methods = Set.copyOf(methods);
  }
}
