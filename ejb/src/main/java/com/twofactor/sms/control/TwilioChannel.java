package com.twofactor.sms.control;

import com.twofactor.shared.control.Channel;
import com.twofactor.sms.entity.TwilioSettings;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Twilio as a channel, read from what {@link TwilioGateway} recorded of its last send: not
 * configured without Twilio settings (a fresh install, or after the switch to mobile
 * authentication), unknown before any SMS, up when the last SMS went out, unreachable when it did
 * not. The dashboard's SMS state is read here too, so both always agree. The detail says the HTTP
 * status and when, never the auth token or a phone number.
 */
@ApplicationScoped
public class TwilioChannel implements Channel {

  @Inject TwilioSettingsRepository settings;

  @Override
  public String name() {
    return "twilio";
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Report report() {
    return reportOf(settings.find());
  }

  /** The channel's state as the stored settings tell it. */
  public static Report reportOf(Optional<TwilioSettings> twilio) {
    if (twilio.isEmpty()) {
      return new Report(State.NOT_CONFIGURED, "Twilio SMS is not set up on this server");
    }
    TwilioSettings.ChannelState channel = twilio.get().channel();
    if (channel.failing()) {
      return new Report(
          State.UNREACHABLE,
          "last SMS failed at "
              + channel.lastFailureAt().orElseThrow()
              + ": "
              + channel.lastFailure().orElse("unknown reason"));
    }
    return channel
        .lastSentAt()
        .map(sent -> new Report(State.UP, "last SMS sent at " + sent))
        .orElse(new Report(State.UNKNOWN, "no SMS sent yet"));
  }
}
