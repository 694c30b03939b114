package com.twofactor.sms.control;

import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.sms.control.LegacyTwilioFile.LegacyPhone;
import com.twofactor.sms.control.LegacyTwilioFile.LegacyUser;
import com.twofactor.sms.entity.PhoneNumber;
import com.twofactor.sms.entity.PhoneNumberRepository;
import com.twofactor.sms.entity.TwilioCredentials;
import com.twofactor.sms.entity.TwilioSettings;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stores what a legacy Twilio settings file holds, in one transaction: the settings (the auth token
 * encrypted), 2FA switched on for the accounts that had MFA on, and their phone numbers. Accounts
 * the file names but this server does not have are skipped and counted.
 */
@ApplicationScoped
public class LegacyTwilioImporter {

  private static final Logger LOG = Logger.getLogger(LegacyTwilioImporter.class.getName());

  @Inject TwilioSettingsRepository twilio;
  @Inject SettingsRepository settings;
  @Inject AccountRepository accounts;
  @Inject PhoneNumberRepository phones;
  @Inject Clock clock;

  /** Why nothing was imported, or what was. */
  public record Outcome(
      Optional<String> skipped, int mfaSwitchedOn, int phones, List<String> unknownAccounts) {
    static Outcome skipped(String why) {
      return new Outcome(Optional.of(why), 0, 0, List.of());
    }
  }

  /** Whether Twilio settings are stored, imported or not. */
  @Transactional
  public boolean imported() {
    return twilio.find().isPresent();
  }

  @Transactional
  public Outcome importOnce(LegacyTwilioFile.Contents contents) {
    if (settings.twoFactor().twilioRetired()) {
      return Outcome.skipped("Twilio was switched off for good on this server");
    }
    if (twilio.find().isPresent()) {
      return Outcome.skipped("the Twilio settings were imported before");
    }
    if (settings.twoFactor().mobileAuthentication()) {
      return Outcome.skipped("mobile authentication is on, and both are never on together");
    }
    String sender =
        PhoneNumbers.e164(contents.senderCountry(), contents.senderNumber())
            .orElseThrow(
                () -> new IllegalArgumentException("The sender number is not a valid number"));
    twilio.add(
        new TwilioSettings(
            new TwilioCredentials(
                contents.accountSid(), contents.authToken(), contents.senderCountry(), sender),
            contents.limits()));
    int switchedOn = 0;
    int added = 0;
    List<String> unknown = new ArrayList<>();
    for (LegacyUser user : contents.users()) {
      Optional<Account> account = accounts.findByLoginName(user.loginName());
      if (account.isEmpty()) {
        unknown.add(user.loginName());
        continue;
      }
      if (user.mfa() && !account.get().isTwoFactorEnabled()) {
        account.get().enableTwoFactor();
        switchedOn++;
      }
      for (LegacyPhone legacy : user.phones()) {
        Optional<String> e164 = PhoneNumbers.e164(legacy.country(), legacy.number());
        if (e164.isEmpty()) {
          LOG.warning(
              () ->
                  "Legacy phone number of "
                      + user.loginName()
                      + " skipped: not a valid number of "
                      + legacy.country());
          continue;
        }
        if (phones.findOf(account.get(), e164.get()).isPresent()) {
          continue;
        }
        PhoneNumber phone =
            new PhoneNumber(account.get(), legacy.country(), e164.get(), clock.instant());
        phones.add(phone);
        if (legacy.verified()) {
          phone.verify(legacy.lastVerifiedAt().orElse(clock.instant()));
        }
        added++;
      }
    }
    return new Outcome(Optional.empty(), switchedOn, added, List.copyOf(unknown));
  }
}
