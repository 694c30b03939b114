package com.twofactor.login.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A login waiting for the branded app: who logs in, from where and with what, and the numbers the
 * app offers — the one the login page shows among decoys.
 */
public record PushRequestDetails(
    String requestId,
    String loginName,
    String client,
    String sourceAddress,
    Instant createdAt,
    Instant expiresAt,
    List<String> numberChoices) {}
