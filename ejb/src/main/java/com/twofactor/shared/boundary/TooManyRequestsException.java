package com.twofactor.shared.boundary;

import java.time.Instant;
import java.util.Optional;

/** A limit on how often something may be done says wait (429), until {@link #retryAt} if known. */
public class TooManyRequestsException extends BusinessException {

  private final transient Instant retryAt;

  public TooManyRequestsException(String message, Instant retryAt) {
    super(message);
    this.retryAt = retryAt;
  }

  public Optional<Instant> retryAt() {
    return Optional.ofNullable(retryAt);
  }
}
