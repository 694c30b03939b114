package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.it.Api;
import com.twofactor.it.BrandedAppSettings;
import com.twofactor.it.Browser;
import com.twofactor.it.ItDatabase;
import com.twofactor.it.MicroServer;
import com.twofactor.it.RunningApp;
import com.twofactor.mobileapp.MobileApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The branded mobile app on a server of its own, fresh, in Chromium: the popup on switching Mobile
 * Authentication on stays hidden while no branded settings were ever saved (the seed) and shows
 * once they were; and, with a pairing QR code valid for a few seconds ({@code
 * twofactor.mobile.pairing-ttl}), the setup page counts down, says when the code expired and gives
 * a new one on request, whose token pairs the reference client while the old one is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrandedAppFirstUseConsoleIT {

  private static final Duration PAIRING_TTL = Duration.ofSeconds(12);
  private static final String PASSWORD = "first-use-Password-1";

  private static MicroServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    Path work =
        Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "first-use");
    RunningApp.deleteRecursively(work);
    List<String> options =
        new ArrayList<>(ItDatabase.freshDatabaseOptions("firstuse", work.resolve("data")));
    options.add("-Dtwofactor.admin.password=" + RunningApp.adminPassword());
    options.add("-Dtwofactor.throttle.free-failures=1000000");
    // The host Test reaches this server on loopback.
    options.add("-Dtwofactor.host-test.allow-private=true");
    options.add("-Dtwofactor.mobile.pairing-ttl=" + PAIRING_TTL);
    server = new MicroServer(work, options).start();
    api = new Api(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  @Order(1)
  void thePopupOnSwitchingOnWaitsUntilBrandedSettingsWereSaved() {
    try (Browser browser = Browser.open(server.baseUrl())) {
      LoginPage.open(browser).logInAs("system", RunningApp.adminPassword());
      SettingsPage fresh = SettingsPage.open(browser);
      // A fresh server: the branded app is the default choice, and nothing of it was ever saved.
      assertThat(fresh.chosenApp()).isEqualTo("Branded mobile app");
      assertThat(fresh.mobileAuthentication()).isFalse();

      assertThat(fresh.switchMobileAuthenticationOnSeeingPopup()).isEmpty();
      assertThat(fresh.mobileAuthentication()).isTrue();
      browser.screenshot("first-use-1-no-popup-before-branded-settings");

      // Branded settings saved (mobile authentication still off): now switching on asks.
      BrandedAppSettings.chooseWithMobileAuthenticationOff(api, server.baseUrl());
      SettingsPage saved = SettingsPage.open(browser);
      assertThat(saved.chosenApp()).isEqualTo("Branded mobile app");
      assertThat(saved.mobileAuthentication()).isFalse();
      Optional<String> popup = saved.switchMobileAuthenticationOnSeeingPopup();
      assertThat(popup).hasValueSatisfying(text -> assertThat(text).contains("Continue?"));
      assertThat(saved.mobileAuthentication()).isFalse();
    }
  }

  @Test
  @Order(2)
  void anExpiredPairingQrCodeIsReplacedByANewOneOnRequest() {
    BrandedAppSettings.switchOn(api, server.baseUrl());
    String name = Api.uniqueName("first-use");
    api.createBackupUser(name, PASSWORD, true);

    try (Browser browser = Browser.open(server.baseUrl())) {
      SecondStepPage setUp = LoginPage.open(browser).logInToSecondStep(name, PASSWORD);
      setUp.beginMobilePairing();
      String expiredQr = qrText(setUp.mobileQrSource());
      long shown = setUp.secondsLeft();
      assertThat(shown).isBetween(1L, PAIRING_TTL.toSeconds());
      assertThat(setUp.text()).contains("This QR code is valid for", "more seconds.");
      // The countdown goes on by itself.
      assertThat(setUp.awaitCountdownBelow(shown)).isLessThan(shown);

      assertThat(setUp.awaitQrExpired()).contains("This QR code has expired.");
      assertThat(setUp.showsQr()).isFalse();
      browser.screenshot("first-use-2-pairing-qr-code-expired");

      setUp.renewQr();
      String newQr = qrText(setUp.mobileQrSource());
      assertThat(setUp.secondsLeft()).isGreaterThan(PAIRING_TTL.toSeconds() / 2);
      assertThat(MobileApp.PairingCode.parse(newQr).token())
          .isNotEqualTo(MobileApp.PairingCode.parse(expiredQr).token());
      assertThat(MobileApp.PairingCode.parse(newQr).server()).isEqualTo(server.baseUrl());
      browser.screenshot("first-use-3-pairing-qr-code-renewed");

      // The old token is refused; the new one pairs, and the page continues by itself.
      assertThatThrownBy(() -> MobileApp.pair(expiredQr, "Old code", "ios"))
          .isInstanceOfSatisfying(
              MobileApp.PairingRefused.class,
              refused -> assertThat(refused.answer().status()).isEqualTo(410));
      MobileApp app = MobileApp.pair(newQr, "Renewed phone", "ios");
      assertThat(app.deviceId()).isNotBlank();
      ConsolePage account = setUp.awaitPairedByTheApp();
      assertThat(account.title()).isEqualTo("My account");
    }
  }

  private static String qrText(String dataUri) {
    return MobileApp.decodeQr(
        Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)));
  }
}
