package com.twofactor.settings.control;

import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.sms.entity.PhoneNumberRepository;
import com.twofactor.sms.entity.SmsVerificationSentRepository;
import com.twofactor.sms.entity.TwilioRetired;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The one-way switch away from legacy Twilio SMS: the Twilio settings (auth token included) and
 * every phone number of every account are deleted for good, every open login that offers SMS ends
 * (its observer of {@link TwilioRetired} does that), and the settings record that Twilio was
 * retired, after which it can never be set up again. Runs in the caller's transaction, which also
 * changes the two-factor settings, so all of it happens or none.
 */
@ApplicationScoped
public class TwilioRetirement {

  @Inject TwilioSettingsRepository twilio;
  @Inject PhoneNumberRepository phones;
  @Inject SmsVerificationSentRepository verificationSms;
  @Inject Event<TwilioRetired> retired;

  /** What the retirement removed, for the audit trail. */
  public record Removed(int phoneNumbers) {
    @Override
    public String toString() {
      return "Twilio settings deleted; "
          + phoneNumbers
          + " phone number(s) deleted; open SMS logins ended";
    }
  }

  public Removed retire(TwoFactorSettings settings) {
    retired.fire(new TwilioRetired());
    int deletedPhones = phones.deleteAll();
    verificationSms.deleteAll();
    twilio.delete();
    settings.retireTwilio();
    return new Removed(deletedPhones);
  }
}
