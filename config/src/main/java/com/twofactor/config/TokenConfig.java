package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issuer, lifetime and signing keys of the access tokens the login hands out. */
@ApplicationScoped
public class TokenConfig {

  @Inject
  @ConfigProperty(name = "twofactor.jwt.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "twofactor.jwt.lifetime")
  Duration lifetime;

  @Inject Config config;

  private volatile SigningKeys keys;

  public String issuer() {
    return issuer;
  }

  public Duration lifetime() {
    return lifetime;
  }

  /** The signing key pair, read once. */
  public SigningKeys keys() {
    if (keys == null) {
      keys = SigningKeys.load(config);
    }
    return keys;
  }
}
