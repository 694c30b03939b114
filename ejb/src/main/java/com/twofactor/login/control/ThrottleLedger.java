package com.twofactor.login.control;

import com.twofactor.login.entity.AddressThrottle;
import com.twofactor.login.entity.AddressThrottleRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts a failure of a source address in a transaction of its own, committed at once: the count
 * stands even when the login's own transaction rolls back, and the row is locked only briefly.
 */
@Stateless
public class ThrottleLedger {

  @Inject AddressThrottleRepository throttles;

  /**
   * One more failure of the address {@code key}; it then waits as {@code policy} says.
   *
   * @return how long the address must wait now (zero while its failures go free)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Duration recordFailure(
      String key, Instant now, Duration forgetAfter, ThrottlePolicy policy) {
    var existing = throttles.findForUpdate(key);
    AddressThrottle throttle;
    int failures;
    if (existing.isPresent()) {
      throttle = existing.get();
      failures = throttle.recordFailure(now, forgetAfter);
    } else {
      throttle = new AddressThrottle(key, now);
      failures = 1;
      throttles.add(throttle);
    }
    Duration delay = policy.delayAfter(failures);
    if (!delay.isZero()) {
      throttle.blockUntil(now.plus(delay));
    }
    return delay;
  }
}
