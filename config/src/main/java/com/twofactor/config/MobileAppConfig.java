package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The branded mobile app's protocol: how long a pairing QR code stays valid, and how far a signed
 * request's timestamp may be from the server's clock.
 */
@ApplicationScoped
public class MobileAppConfig {

  @Inject
  @ConfigProperty(name = "twofactor.mobile.pairing-ttl")
  Duration pairingTtl;

  @Inject
  @ConfigProperty(name = "twofactor.mobile.signature-skew")
  Duration signatureSkew;

  public Duration pairingTtl() {
    return pairingTtl;
  }

  public Duration signatureSkew() {
    return signatureSkew;
  }
}
