package com.twofactor.login.control;

import java.time.Duration;

/**
 * How long a source address waits after a run of failures: nothing for the first {@code
 * freeFailures}, then {@code firstDelay} (1 s), doubling with each failure up to {@code maxDelay}.
 * Someone who mistypes a few times never notices; a guesser from one address slows down
 * exponentially.
 */
public record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay) {

  public ThrottlePolicy {
    if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("Free failures and delays are not negative");
    }
  }

  /** The wait after the {@code failures}-th failure of a run. */
  public Duration delayAfter(int failures) {
    int beyond = failures - freeFailures;
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    Duration delay = firstDelay;
    for (int i = 1; i < beyond && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
