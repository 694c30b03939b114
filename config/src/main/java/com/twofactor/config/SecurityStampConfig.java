package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a node trusts the security stamp it last read for an account: a revoked token or session
 * may work on another node for at most this long.
 */
@ApplicationScoped
public class SecurityStampConfig {

  @Inject
  @ConfigProperty(name = "twofactor.security-stamp.cache")
  Duration cache;

  public Duration cache() {
    return cache;
  }
}
