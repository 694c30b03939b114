package com.twofactor.shared.boundary;

import java.time.Duration;

/**
 * The server is at its bound for some costly work and its short queue is full: nothing was done,
 * and the caller may try again after {@link #retryAfter()} (503 with {@code Retry-After}).
 */
public class ServiceBusyException extends BusinessException {

  private final Duration retryAfter;

  public ServiceBusyException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
