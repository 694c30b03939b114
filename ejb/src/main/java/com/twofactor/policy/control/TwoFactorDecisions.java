package com.twofactor.policy.control;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.clients.entity.ClientVersion;
import com.twofactor.config.TwoFactorPolicyConfig;
import com.twofactor.policy.control.PolicyInput.Devices;
import com.twofactor.policy.control.PolicyInput.Mode;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.sms.entity.PhoneNumberRepository;
import com.twofactor.sms.entity.TwilioSettings;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.totp.entity.DeviceKind;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.SystemUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what {@link TwoFactorPolicy} looks at for one login — the account, its policy group, the
 * server's settings (read fresh from the database, so every node of a cluster decides alike), the
 * paired devices (verified phone numbers while legacy Twilio SMS is on) and the client — and
 * returns its decision.
 */
@ApplicationScoped
public class TwoFactorDecisions {

  @Inject SettingsRepository settings;
  @Inject TwoFactorPolicyConfig config;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject TwilioSettingsRepository twilio;
  @Inject PhoneNumberRepository phones;

  private TwoFactorPolicy policy;

  @PostConstruct
  void init() {
    policy =
        new TwoFactorPolicy(
            ClientVersion.parse(config.mobileMinimumClientVersion()),
            ClientVersion.parse(config.smsMinimumClientVersion()));
  }

  public Decision decide(Account account, ClientContext client) {
    TwoFactorSettings current = settings.twoFactor();
    Optional<TwilioSettings> sms = twilio.find();
    // Never both on: switching mobile authentication on retires Twilio (SettingsAdministration).
    Mode mode =
        current.mobileAuthentication()
            ? Mode.MOBILE_AUTHENTICATION
            : sms.isPresent() ? Mode.TWILIO : Mode.OFF;
    boolean legacyClientsMaySkip = sms.map(t -> t.limits().legacyClientsMaySkip()).orElse(false);
    return policy.decide(
        new PolicyInput(
            account instanceof SystemUser,
            account.isTwoFactorEnabled(),
            account.skipsSetupPrompt(),
            account instanceof BackupUser user && user.policyGroup().requiresTwoFactor(),
            new PolicyInput.Settings(mode, current.requireForSystemUsers(), legacyClientsMaySkip),
            mode == Mode.TWILIO ? verifiedPhones(account) : pairedDevices(account),
            client.type(),
            client.version()));
  }

  /** What the account has paired for mobile authentication. */
  private Devices pairedDevices(Account account) {
    Map<DeviceKind, Long> paired = devices.countPairedByKind(account);
    return new Devices(
        paired.getOrDefault(DeviceKind.MOBILE_APP, 0L).intValue(),
        paired.getOrDefault(DeviceKind.TOTP_APP, 0L).intValue(),
        0);
  }

  /** What the account has for legacy SMS: its verified phone numbers. */
  private Devices verifiedPhones(Account account) {
    return new Devices(0, 0, (int) phones.countVerified(account));
  }
}
