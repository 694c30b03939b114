package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the host Test of the branded app's host registration waits: for the connection (and the
 * TLS handshake), then for the answer; and whether it may connect to non-public addresses
 * (loopback, private networks), which it refuses by default so it cannot probe the server's own
 * network.
 */
@ApplicationScoped
public class HostTestConfig {

  @Inject
  @ConfigProperty(name = "twofactor.host-test.connect-timeout")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "twofactor.host-test.read-timeout")
  Duration readTimeout;

  @Inject
  @ConfigProperty(name = "twofactor.host-test.allow-private")
  boolean allowPrivate;

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  public boolean allowPrivate() {
    return allowPrivate;
  }
}
