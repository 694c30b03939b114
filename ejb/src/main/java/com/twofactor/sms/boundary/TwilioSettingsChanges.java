package com.twofactor.sms.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The whole new Twilio settings, based on the version read.
 *
 * @param authToken a new auth token, or {@code null}/empty to keep the stored one
 * @param senderCountry the sender number's country (ISO 3166 alpha-2)
 * @param senderNumber the sender number, national or with its {@code +} and calling code
 */
public record TwilioSettingsChanges(
    @NotNull Long version,
    @NotNull @Size(max = 64) String accountSid,
    @Size(max = 128) String authToken,
    @NotNull @Size(max = 2) String senderCountry,
    @NotNull @Size(max = 32) String senderNumber,
    @NotNull Integer passcodeLength,
    @NotNull Integer resendCooldownMinutes,
    @NotNull Integer expiryMinutes,
    @NotNull Integer invalidAttemptsAllowed,
    @NotNull Integer consecutiveResendsAllowed,
    boolean allowLegacyClientSkip) {

  @Override
  public String toString() {
    return "TwilioSettingsChanges[version=" + version + ", accountSid=" + accountSid + "]";
  }
}
