package com.twofactor.config;

import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticator apps: the issuer shown in the app, the TOTP profile of new pairings (SHA1, 6
 * digits, 30 s is what every app honours), the accepted clock drift in steps, and how many wrong
 * codes end a login challenge. Read from {@code twofactor.totp.*} as one group of properties; an
 * injection point names it with {@code @Inject @ConfigProperties}.
 */
@ConfigProperties(prefix = "twofactor.totp")
public class TotpConfig {

  String issuer;
  String algorithm;
  int digits;
  Duration period;
  int window;

  @ConfigProperty(name = "max-failures")
  int maxFailures;

  public String issuer() {
    return issuer;
  }

  /** SHA1, SHA256 or SHA512. */
  public String algorithm() {
    return algorithm;
  }

  public int digits() {
    return digits;
  }

  public Duration period() {
    return period;
  }

  /** Steps accepted before and after the current one. */
  public int window() {
    return window;
  }

  public int maxFailures() {
    return maxFailures;
  }
}
