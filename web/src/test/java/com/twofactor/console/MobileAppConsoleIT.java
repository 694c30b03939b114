package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.BrandedAppSettings;
import com.twofactor.it.Browser;
import com.twofactor.it.RunningApp;
import com.twofactor.mobileapp.MobileApp;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The branded mobile app in the console, in Chromium, with the reference client as the phone: the
 * QR code at the login's setup step (the page continues by itself once the app paired), a push
 * login the page waits for until the app approves with the number it shows, a denial, and adding
 * another app from "My 2FA devices".
 */
@ExtendWith(RunningApp.class)
class MobileAppConsoleIT {

  private static final String PASSWORD = "mobile-Password-1";

  private static Api api;

  @BeforeAll
  static void brandedAppOn() {
    api = new Api(RunningApp.baseUrl());
    BrandedAppSettings.switchOn(api);
  }

  @AfterAll
  static void brandedAppOff() {
    BrandedAppSettings.switchOff(api);
  }

  @Test
  void theAppPairsFromTheConsoleQrCodeAndTheConsoleWaitsForItsApproval() {
    String name = Api.uniqueName("console-mobile");
    api.createBackupUser(name, PASSWORD, true);

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      SecondStepPage setUp = LoginPage.open(browser).logInToSecondStep(name, PASSWORD);
      setUp.beginMobilePairing();
      assertThat(setUp.text())
          .contains(
              "Download " + BrandedAppSettings.APP_NAME + " from the Apple App Store",
              "Download on the App Store",
              "Get it on Google Play",
              "This QR code is valid for");
      browser.screenshot("mobile-1-pairing-qr-code");
      MobileApp app = MobileApp.pair(qrText(setUp.mobileQrSource()), "Console phone", "ios");

      ConsolePage account = setUp.awaitPairedByTheApp();
      assertThat(setUp.recoveryCodes()).hasSize(10);
      assertThat(account.title()).isEqualTo("My account");
      browser.screenshot("mobile-2-paired-and-logged-in");

      SecondStepPage challenge = account.logOut().logInToSecondStep(name, PASSWORD);
      assertThat(challenge.offersPush()).isTrue();
      assertThat(challenge.text()).contains("Authenticate with one-time password");
      String number = challenge.sendPush();
      assertThat(challenge.text()).contains("Select " + number + " in the app");
      browser.screenshot("mobile-3-waiting-for-approval");
      List<MobileApp.Pending> pending = app.pending();
      assertThat(pending).hasSize(1);
      assertThat(pending.get(0).numberChoices()).contains(number);
      assertThat(app.approve(pending.get(0).requestId(), number).status()).isEqualTo(200);

      ConsolePage approved = challenge.awaitApproved();
      assertThat(approved.title()).isEqualTo("My account");
      browser.screenshot("mobile-4-approved-on-the-phone");

      SecondStepPage denied = approved.logOut().logInToSecondStep(name, PASSWORD);
      denied.sendPush();
      assertThat(app.deny(app.pending().get(0).requestId()).status()).isEqualTo(200);
      assertThat(denied.awaitDenied()).contains("Login was denied on your mobile device");
      browser.screenshot("mobile-5-denied-on-the-phone");
    }
  }

  @Test
  void aSecondAppIsAddedFromMyDevicesAndThePageNoticesByItself() {
    String name = Api.uniqueName("console-add");
    api.createBackupUser(name, PASSWORD, true);
    BrandedAppSettings.Paired first =
        BrandedAppSettings.pairAtLogin(api, api.login(name, PASSWORD).json(), "First phone");

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      SecondStepPage challenge = LoginPage.open(browser).logInToSecondStep(name, PASSWORD);
      ConsolePage account = challenge.verifyWithOneTimePassword(first.app().codeAt(0));
      MyDevicesPage devices = account.openMyDevices();
      assertThat(devices.deviceNames()).containsExactly("First phone");

      devices.beginMobilePairingAfterStepUp(first.app().codeAt(1));
      assertThat(devices.offerText()).contains("Download " + BrandedAppSettings.APP_NAME);
      browser.screenshot("mobile-6-add-a-second-app");
      MobileApp.pair(qrText(devices.mobileQrSource()), "Second phone", "android");

      devices.awaitPairedByTheApp();
      assertThat(devices.deviceNames()).containsExactly("First phone", "Second phone");
      assertThat(devices.column(1)).containsExactly("Mobile app", "Mobile app");
      browser.screenshot("mobile-7-second-app-paired");
    }
  }

  private static String qrText(String dataUri) {
    return MobileApp.decodeQr(
        Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)));
  }
}
