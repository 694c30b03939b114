package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Legacy Twilio SMS: where the Twilio SDK sends its requests and how long it waits, the text under
 * every passcode, and the legacy settings file imported once at start on an upgraded install.
 */
@ApplicationScoped
public class TwilioConfig {

  @Inject
  @ConfigProperty(name = "twofactor.twilio.api-base-url")
  String apiBaseUrl;

  @Inject
  @ConfigProperty(name = "twofactor.twilio.connect-timeout")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "twofactor.twilio.read-timeout")
  Duration readTimeout;

  @Inject
  @ConfigProperty(name = "twofactor.twilio.provider-line")
  String providerLine;

  @Inject
  @ConfigProperty(name = "twofactor.twilio.verification-sms-limit")
  int verificationSmsLimit;

  @Inject
  @ConfigProperty(name = "twofactor.twilio.verification-sms-window")
  Duration verificationSmsWindow;

  @Inject
  @ConfigProperty(name = "twofactor.legacy.twilio-file")
  Optional<String> legacyFile;

  /** Twilio's API, or a Twilio-compatible server (tests point it at one on loopback). */
  public String apiBaseUrl() {
    return apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  /** The second line of every SMS, naming the provider ("Your backup service provider"). */
  public String providerLine() {
    return providerLine;
  }

  /**
   * How many SMS may be sent to verify the phone numbers of one account within {@link
   * #verificationSmsWindow()}, whatever the numbers: the per-number limits start afresh with each
   * number and each expired passcode, this bound does not.
   */
  public int verificationSmsLimit() {
    return verificationSmsLimit;
  }

  public Duration verificationSmsWindow() {
    return verificationSmsWindow;
  }

  /** The legacy settings file, if one is configured. */
  public Optional<Path> legacyFile() {
    return legacyFile.filter(file -> !file.isBlank()).map(Path::of);
  }
}
