package com.twofactor.push.control;

import com.twofactor.config.MobileAppConfig;
import com.twofactor.push.entity.MobilePairing;
import com.twofactor.push.entity.MobilePairingRepository;
import com.twofactor.settings.entity.HostRegistration;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.totp.control.PairingOffer;
import com.twofactor.totp.control.QrCodes;
import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Instant;

/**
 * Offers the pairing of the branded mobile app: a QR code of the registered server address and a
 * one-time token (valid for {@code twofactor.mobile.pairing-ttl}, stored only as its hash), the
 * app's name and where to download it. Only once the host registration has passed its Test: the app
 * must be able to reach the address it scans.
 */
@ApplicationScoped
public class MobilePairingOffers {

  private static final int QR_SIZE = 300;

  @Inject MobilePairingRepository pairings;
  @Inject SettingsRepository settings;
  @Inject MobileAppConfig config;
  @Inject Clock clock;

  /**
   * @param challengeId the login whose setup step pairs it, or null for a later pairing
   */
  public PairingOffer offer(Account account, String challengeId) {
    TwoFactorSettings current = settings.twoFactor();
    HostRegistration host =
        current
            .host()
            .filter(h -> current.hostLastTestedAt().isPresent())
            .orElseThrow(
                () ->
                    new ConflictingChangeException(
                        "The branded mobile app cannot be paired until an administrator has"
                            + " registered this server's host name and it passed the Test"));
    Instant now = clock.instant();
    String token = Tokens.newToken();
    var pairing =
        new MobilePairing(
            Tokens.newId(),
            Tokens.sha256Hex(token),
            account,
            challengeId,
            now,
            now.plus(config.pairingTtl()));
    pairings.add(pairing);
    String uri =
        Json.createObjectBuilder()
            .add("server", host.baseUrl())
            .add("token", token)
            .build()
            .toString();
    return new PairingOffer(
        null,
        null,
        QrCodes.png(uri, QR_SIZE),
        null,
        appName(current),
        new PairingOffer.MobileApp(
            pairing.id(), uri, current.appStoreUrl(), current.playStoreUrl(), pairing.expiresAt()));
  }

  /** The branded app's display name, else a plain description. */
  public static String appName(TwoFactorSettings settings) {
    return settings.brandedAppName().orElse("the mobile app");
  }
}
