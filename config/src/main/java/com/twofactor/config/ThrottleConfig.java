package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttling of failed logins and codes per source address: how many go free, the first wait, the
 * longest wait after a run of failures, and after how long without one a run is forgotten.
 */
@ApplicationScoped
public class ThrottleConfig {

  @Inject
  @ConfigProperty(name = "twofactor.throttle.free-failures")
  int freeFailures;

  @Inject
  @ConfigProperty(name = "twofactor.throttle.first-delay")
  Duration firstDelay;

  @Inject
  @ConfigProperty(name = "twofactor.throttle.max-delay")
  Duration maxDelay;

  @Inject
  @ConfigProperty(name = "twofactor.throttle.forget-after")
  Duration forgetAfter;

  public int freeFailures() {
    return freeFailures;
  }

  public Duration firstDelay() {
    return firstDelay;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  public Duration forgetAfter() {
    return forgetAfter;
  }
}
