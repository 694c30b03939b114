package com.twofactor.login.boundary;

import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.settings.entity.AuthenticatorApp;
import java.time.Instant;
import java.util.Set;

/**
 * Where the second step of a login stands: {@code SETUP_PROMPT}, {@code SETUP_REQUIRED} or {@code
 * CHALLENGE} while open, then {@code AUTHENTICATED}, {@code FAILED} or {@code EXPIRED}.
 */
public record ChallengeStatus(
    String challengeId,
    String status,
    Set<ChallengeMethod> methods,
    Instant expiresAt,
    AuthenticatorApp authenticatorApp) {}
