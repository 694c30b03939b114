package com.twofactor.totp.control;

import com.twofactor.config.TotpConfig;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Starts the pairing of an authenticator app, wherever it happens (the setup step of a login, or
 * the account's own devices page): a new secret, the device waiting for its first code, and what
 * the user needs to add it to the app.
 */
@ApplicationScoped
public class PairingOffers {

  private static final int QR_SIZE = 300;

  @Inject AuthenticatorDeviceRepository devices;
  @Inject SettingsRepository settings;
  @Inject TotpCodes codes;
  @Inject TotpConfig config;

  /**
   * @param challengeId the login whose setup step pairs it, or null for a later pairing
   */
  public PairingOffer offer(Account account, String challengeId) {
    TwoFactorSettings current = settings.twoFactor();
    AuthenticatorApp app = current.authenticatorApp();
    if (app == AuthenticatorApp.BRANDED_MOBILE_APP) {
      throw new ConflictingChangeException(
          "This server uses the branded mobile app: pair it from the app");
    }
    Totp profile = codes.newPairingProfile();
    byte[] secret = TotpSecrets.newSecret();
    var device =
        AuthenticatorDevice.beginPairing(
            account,
            app,
            secret,
            profile.algorithm(),
            profile.digits(),
            profile.period(),
            challengeId,
            codes.now());
    devices.add(device);
    String uri =
        OtpAuthUri.of(
            config.issuer(),
            account.loginName(),
            secret,
            profile.algorithm(),
            profile.digits(),
            profile.period());
    return new PairingOffer(
        device.id(),
        uri,
        QrCodes.png(uri, QR_SIZE),
        TotpSecrets.grouped(TotpSecrets.base32(secret)),
        appName(current));
  }

  /** The name the user gave, else the app's name ("Google Authenticator"). */
  public String deviceName(String requested) {
    if (requested == null || requested.isBlank()) {
      return appName(settings.twoFactor());
    }
    if (requested.strip().length() > AuthenticatorDevice.NAME_LENGTH) {
      throw new InvalidChangeException(
          "A device name is at most " + AuthenticatorDevice.NAME_LENGTH + " characters");
    }
    return requested;
  }

  private static String appName(TwoFactorSettings settings) {
    return switch (settings.authenticatorApp()) {
      case MICROSOFT -> "Microsoft Authenticator";
      case GOOGLE -> "Google Authenticator";
      case THIRD_PARTY -> settings.thirdPartyName().orElse("your authenticator app");
      case BRANDED_MOBILE_APP -> "the mobile app";
    };
  }
}
