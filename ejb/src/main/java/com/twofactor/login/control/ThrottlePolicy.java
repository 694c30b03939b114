package com.twofactor.login.control;

import java.time.Duration;

/**
 * How long a source address waits after a run of failures: nothing for the first {@code
 * freeFailures}, then 1 s, 2 s, 4 s … doubling with each failure up to {@code maxDelay}. Someone
 * who mistypes a few times never notices; a guesser from one address slows down exponentially.
 */
public record ThrottlePolicy(int freeFailures, Duration maxDelay) {

  public ThrottlePolicy {
    if (freeFailures < 0 || maxDelay.isNegative()) {
      throw new IllegalArgumentException("Free failures and the longest delay are not negative");
    }
  }

  /** The wait after the {@code failures}-th failure of a run. */
  public Duration delayAfter(int failures) {
    int beyond = failures - freeFailures;
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    if (beyond > 62) {
      return maxDelay;
    }
    Duration delay = Duration.ofSeconds(1L << Math.min(beyond - 1, 40));
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
