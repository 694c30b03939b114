package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many consecutive failed logins lock an account, and for how long. */
@ApplicationScoped
public class LockoutConfig {

  @Inject
  @ConfigProperty(name = "twofactor.lockout.max-failures")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "twofactor.lockout.duration")
  Duration duration;

  public int maxFailures() {
    return maxFailures;
  }

  public Duration duration() {
    return duration;
  }
}
