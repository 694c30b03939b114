package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Push login with the branded mobile app: the relay that wakes the app (none: the app polls), how
 * long a push request waits for the user, how many an account may start in ten minutes, and the
 * relay client's timeouts and retries.
 */
@ApplicationScoped
public class PushConfig {

  @Inject
  @ConfigProperty(name = "twofactor.push.relay-url")
  Optional<String> relayUrl;

  @Inject
  @ConfigProperty(name = "twofactor.push.ttl")
  Duration ttl;

  @Inject
  @ConfigProperty(name = "twofactor.push.max-per-10min")
  int maxPerTenMinutes;

  @Inject
  @ConfigProperty(name = "twofactor.push.relay-timeout")
  Duration relayTimeout;

  @Inject
  @ConfigProperty(name = "twofactor.push.relay-retries")
  int relayRetries;

  /** Where notifications go; empty when none is configured (the app then only polls). */
  public Optional<String> relayUrl() {
    return relayUrl.filter(url -> !url.isBlank());
  }

  public Duration ttl() {
    return ttl;
  }

  public int maxPerTenMinutes() {
    return maxPerTenMinutes;
  }

  /** For the connection and for the answer, each. */
  public Duration relayTimeout() {
    return relayTimeout;
  }

  /** Tries after the first failed one. */
  public int relayRetries() {
    return relayRetries;
  }
}
