package com.twofactor.bench;

import com.twofactor.it.Api;
import java.time.Duration;
import java.time.Instant;

/** The built-in admin's API session on the server under test, its token renewed before it ends. */
final class AdminSession {

  static final String PASSWORD = "bench-Admin-Password-1";

  /** Access tokens live 15 minutes; a new one is fetched well before. */
  private static final Duration TOKEN_AGE_LIMIT = Duration.ofMinutes(10);

  private final Api api;
  private String token;
  private Instant issued;

  AdminSession(Api api) {
    this.api = api;
  }

  Api api() {
    return api;
  }

  synchronized String token() {
    if (token == null || Duration.between(issued, Instant.now()).compareTo(TOKEN_AGE_LIMIT) > 0) {
      token = api.token("system", PASSWORD);
      issued = Instant.now();
    }
    return token;
  }

  /** The answer of a request that must succeed with {@code status}; else the run stops. */
  static Api.Answer expect(int status, String what, Api.Answer answer) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + " answered " + answer);
    }
    return answer;
  }
}
