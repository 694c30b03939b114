package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the host Test of the branded app's host registration waits: for the connection (and the
 * TLS handshake), then for the answer.
 */
@ApplicationScoped
public class HostTestConfig {

  @Inject
  @ConfigProperty(name = "twofactor.host-test.connect-timeout")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "twofactor.host-test.read-timeout")
  Duration readTimeout;

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }
}
