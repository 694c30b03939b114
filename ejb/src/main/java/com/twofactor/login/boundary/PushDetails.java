package com.twofactor.login.boundary;

import java.time.Instant;

/**
 * A push approval request sent to the branded app.
 *
 * @param numberMatch the number to show the user, who picks it in the app
 * @param state PENDING, APPROVED, DENIED, FAILED (wrong number), SUPERSEDED or EXPIRED
 */
public record PushDetails(String requestId, String numberMatch, Instant expiresAt, String state) {}
