package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's one source of time: every bean injects {@link Clock} instead of reading the
 * system clock, so tests can fix time and every rule sees the same clock.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock utc() {
    return Clock.systemUTC();
  }
}
