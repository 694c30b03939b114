package com.twofactor.shared.boundary;

import java.time.Instant;

/** The caller asked too often; it may ask again at {@link #retryAt()} (429 with Retry-After). */
public class TooManyRequestsException extends BusinessException {

  private final Instant retryAt;

  public TooManyRequestsException(String message, Instant retryAt) {
    super(message);
    this.retryAt = retryAt;
  }

  public Instant retryAt() {
    return retryAt;
  }
}
