package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tunables of the two-factor login: the oldest backup clients that can do each kind of second
 * factor, how long the second step of a login stays open, and how many may be open at once.
 */
@ApplicationScoped
public class TwoFactorPolicyConfig {

  @Inject
  @ConfigProperty(name = "twofactor.policy.mobile-min-client-version")
  String mobileMinimumClientVersion;

  @Inject
  @ConfigProperty(name = "twofactor.policy.sms-min-client-version")
  String smsMinimumClientVersion;

  @Inject
  @ConfigProperty(name = "twofactor.challenge.ttl")
  Duration challengeTtl;

  @Inject
  @ConfigProperty(name = "twofactor.challenge.max-open")
  int maxOpenChallenges;

  /** The oldest OBM/ACB version that can do mobile authentication (8.5.0.0). */
  public String mobileMinimumClientVersion() {
    return mobileMinimumClientVersion;
  }

  /** The oldest OBM/ACB version that can do legacy Twilio SMS (8.3.0.30). */
  public String smsMinimumClientVersion() {
    return smsMinimumClientVersion;
  }

  public Duration challengeTtl() {
    return challengeTtl;
  }

  /** How many logins of one account may wait for their second step at once. */
  public int maxOpenChallenges() {
    return maxOpenChallenges;
  }
}
