package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticator apps: the issuer shown in the app, the TOTP profile of new pairings (SHA1, 6
 * digits, 30 s is what every app honours), the accepted clock drift in steps, and how many wrong
 * codes end a login challenge, from {@code twofactor.totp.*}. A bean with one {@code
 * ConfigProperty} per field rather than a {@code @ConfigProperties} group: WildFly 37 cannot inject
 * such a group into the modules of the EAR (SRCFG00027, no mapping found), see EarOnWildFlyIT.
 */
@ApplicationScoped
public class TotpConfig {

  @Inject
  @ConfigProperty(name = "twofactor.totp.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "twofactor.totp.algorithm")
  String algorithm;

  @Inject
  @ConfigProperty(name = "twofactor.totp.digits")
  int digits;

  @Inject
  @ConfigProperty(name = "twofactor.totp.period")
  Duration period;

  @Inject
  @ConfigProperty(name = "twofactor.totp.window")
  int window;

  @Inject
  @ConfigProperty(name = "twofactor.totp.max-failures")
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
