package com.twofactor.login.control;

import com.twofactor.config.ThrottleConfig;
import com.twofactor.login.entity.AddressThrottleRepository;
import com.twofactor.shared.control.UniqueKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Throttles failed logins and codes per source address, across the nodes of a cluster: the first
 * failures of an address go free, then it must wait longer after each one (see {@link
 * ThrottlePolicy}). This slows a guesser at one address down exponentially, so that one address
 * cannot keep an account locked, while people elsewhere go on logging in.
 */
@ApplicationScoped
public class SourceThrottle {

  @Inject AddressThrottleRepository throttles;
  @Inject ThrottleLedger ledger;
  @Inject ThrottleConfig config;

  private ThrottlePolicy policy;

  @PostConstruct
  void init() {
    policy = new ThrottlePolicy(config.freeFailures(), config.firstDelay(), config.maxDelay());
  }

  /** How long {@code address} must still wait before its next try, if at all. */
  public Optional<Duration> waitFor(String address, Instant now) {
    return SourceAddresses.throttleKey(address)
        .flatMap(throttles::find)
        .flatMap(throttle -> throttle.waitAt(now));
  }

  /**
   * A failed login or code from {@code address}.
   *
   * @return how long the address must wait now, if it must
   */
  public Optional<Duration> recordFailure(String address, Instant now) {
    Optional<String> key = SourceAddresses.throttleKey(address);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Duration wait;
    try {
      wait = ledger.recordFailure(key.get(), now, config.forgetAfter(), policy);
    } catch (EJBException e) {
      if (!UniqueKeys.violatedBy(e)) {
        throw e;
      }
      // Another request inserted the address's first failure at the same moment: count on it.
      wait = ledger.recordFailure(key.get(), now, config.forgetAfter(), policy);
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Used by the hourly clean-up. */
  public int forgetQuietSince(Instant cutoff) {
    return throttles.deleteQuietSince(cutoff);
  }
}
