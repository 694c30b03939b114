package com.twofactor.settings.control;

import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.sms.entity.PhoneNumberRepository;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one-way switch away from legacy Twilio SMS: the Twilio settings (auth token included), every
 * phone number of every account and every open login that offers SMS are deleted for good, and the
 * settings record that Twilio was retired, after which it can never be set up again. Runs in the
 * caller's transaction, which also changes the two-factor settings, so all of it happens or none.
 */
@ApplicationScoped
public class TwilioRetirement {

  @Inject TwilioSettingsRepository twilio;
  @Inject PhoneNumberRepository phones;
  @Inject LoginChallengeRepository challenges;

  /** What the retirement removed, for the audit trail. */
  public record Removed(int phoneNumbers, int openLogins) {
    @Override
    public String toString() {
      return "Twilio settings deleted; "
          + phoneNumbers
          + " phone number(s) deleted; "
          + openLogins
          + " open SMS login(s) ended";
    }
  }

  public Removed retire(TwoFactorSettings settings) {
    int ended = challenges.revokeOpenWithSms();
    challenges.forgetSmsPasscodes();
    int deletedPhones = phones.deleteAll();
    twilio.delete();
    settings.retireTwilio();
    return new Removed(deletedPhones, ended);
  }
}
