package com.twofactor.sms.boundary;

import com.twofactor.sms.control.PhoneNumbers;
import com.twofactor.sms.control.TwilioChannel;
import com.twofactor.sms.entity.SmsLimits;
import com.twofactor.sms.entity.TwilioSettings;
import java.time.Instant;
import java.util.Optional;

/**
 * The Twilio settings as administrators read them. The auth token is write-only: only whether one
 * is stored is said.
 *
 * @param senderNumber the sender in E.164
 * @param channel how sending SMS went lately: {@code OK}, {@code FAILING} or {@code UNUSED}
 * @param lastFailure why the last SMS could not be sent, if the channel is failing
 * @param legacyClient what a legacy client is, for the hint under the skip setting
 */
public record TwilioSettingsDetails(
    long version,
    String accountSid,
    boolean authTokenSet,
    String senderCountry,
    String senderCountryLabel,
    String senderNumber,
    int passcodeLength,
    int resendCooldownMinutes,
    int expiryMinutes,
    int invalidAttemptsAllowed,
    int consecutiveResendsAllowed,
    boolean allowLegacyClientSkip,
    Instant lastTestedAt,
    String channel,
    Instant lastSentAt,
    String lastFailure,
    Instant lastFailureAt,
    String legacyClient) {

  static TwilioSettingsDetails of(TwilioSettings settings, String legacyClient) {
    SmsLimits limits = settings.limits();
    TwilioSettings.ChannelState channel = settings.channel();
    String state =
        switch (TwilioChannel.reportOf(Optional.of(settings)).state()) {
          case UNREACHABLE -> "FAILING";
          case UP -> "OK";
          default -> "UNUSED";
        };
    return new TwilioSettingsDetails(
        settings.version(),
        settings.accountSid(),
        true,
        settings.senderCountry(),
        PhoneNumbers.country(settings.senderCountry()).label(),
        settings.senderNumber(),
        limits.passcodeLength(),
        limits.resendCooldownMinutes(),
        limits.expiryMinutes(),
        limits.maxInvalidAttempts(),
        limits.maxConsecutiveSends(),
        limits.legacyClientsMaySkip(),
        settings.lastTestedAt().orElse(null),
        state,
        channel.lastSentAt().orElse(null),
        channel.failing() ? channel.lastFailure().orElse(null) : null,
        channel.lastFailureAt().orElse(null),
        legacyClient);
  }
}
