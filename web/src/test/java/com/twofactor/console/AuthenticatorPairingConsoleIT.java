package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Browser;
import com.twofactor.it.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pairing Google Authenticator at a console login, the code at the next login, the user's own
 * devices page and the administrator's reset, in Chromium, with mobile authentication on.
 */
@ExtendWith(RunningApp.class)
class AuthenticatorPairingConsoleIT {

  private static final String PASSWORD = "pairing-Password-1";

  private static Api api;

  @BeforeAll
  static void mobileAuthenticationWithGoogleAuthenticator() {
    api = new Api(RunningApp.baseUrl());
    api.switchMobileAuthentication(true);
  }

  @AfterAll
  static void mobileAuthenticationOffAgain() {
    api.switchMobileAuthentication(false);
  }

  @Test
  void backupUserPairsAtLoginAndProvesTheCodeAtTheNextLogin() {
    String name = Api.uniqueName("pairing");
    api.createBackupUser(name, PASSWORD, true);

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      SecondStepPage setUp = LoginPage.open(browser).logInToSecondStep(name, PASSWORD);
      assertThat(setUp.text()).contains("Set Up 2FA");
      browser.screenshot("pairing-1-set-up-prompt");

      setUp.beginPairing();
      assertThat(setUp.text())
          .contains(
              "Scan the QR code using Google Authenticator and enter the one-time passcode"
                  + " generated to finish the device pairing");
      assertThat(setUp.manualKey()).isNotBlank();
      browser.screenshot("pairing-2-qr-code");
      AuthenticatorApp app = AuthenticatorApp.scan(setUp.qrSource());
      long pairedStep = app.stepNow();

      ConsolePage account = setUp.pair(app.codeAt(pairedStep), "Work phone");
      assertThat(setUp.recoveryCodes()).as("recovery codes shown once after pairing").hasSize(10);
      assertThat(account.title()).isEqualTo("My account");
      assertThat(account.text()).contains(name);
      browser.screenshot("pairing-3-logged-in");

      SecondStepPage challenge = account.logOut().logInToSecondStep(name, PASSWORD);
      assertThat(challenge.asksForCode()).isTrue();
      browser.screenshot("pairing-4-code-challenge");
      long next = Math.max(app.stepNow(), pairedStep + 1);
      ConsolePage again = challenge.verify(app.codeAt(next));
      assertThat(again.title()).isEqualTo("My account");

      MyDevicesPage devices = again.openMyDevices();
      assertThat(devices.title()).isEqualTo("My 2FA devices");
      assertThat(devices.deviceNames()).containsExactly("Work phone");
      assertThat(devices.column(1)).containsExactly("Authenticator app");
      assertThat(devices.column(2)).containsExactly("Google Authenticator");
      browser.screenshot("pairing-5-my-devices");

      assertThat(devices.recoveryCodesLeft()).contains("10");
      devices.beginPairingAfterStepUp(setUp.recoveryCodes().get(0));
      assertThat(devices.offerText())
          .contains(
              "Scan the QR code using Google Authenticator and enter the one-time passcode"
                  + " generated to finish the device pairing.");
      browser.screenshot("pairing-6-add-a-device");
      AuthenticatorApp tablet = AuthenticatorApp.scan(devices.qrSource());
      devices.pair(tablet.codeAt(tablet.stepNow()), "Tablet");
      assertThat(devices.deviceNames()).containsExactly("Work phone", "Tablet");
      devices.rename(1, "Home tablet");
      assertThat(devices.deviceNames()).containsExactly("Work phone", "Home tablet");
      devices.remove(1);
      assertThat(devices.deviceNames()).containsExactly("Work phone");
      browser.screenshot("pairing-7-device-renamed-and-removed");
    }
    assertThat(api.get("/api/v1/backup-users/" + name, api.adminToken()).body())
        .contains("Work phone");
  }

  @Test
  void adminResetsTheDevicesOfABackupUser() {
    String name = Api.uniqueName("reset");
    api.createBackupUser(name, PASSWORD, true);

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      SecondStepPage setUp = LoginPage.open(browser).logInToSecondStep(name, PASSWORD);
      AuthenticatorApp app = AuthenticatorApp.scan(setUp.beginPairing().qrSource());
      setUp.pair(app.codeAt(app.stepNow()), "Old phone").logOut();

      LoginPage.open(browser).logInAs("system", RunningApp.adminPassword());
      BackupUserProfilePage profile = BackupUserProfilePage.open(browser, name);
      assertThat(profile.deviceNames()).containsExactly("Old phone");
      assertThat(profile.resetAllowed()).isTrue();
      browser.screenshot("reset-1-profile-with-device");

      profile.resetAllDevicesAfterStepUp(RunningApp.adminPassword());
      assertThat(profile.infoMessages()).contains("1 device removed.");
      assertThat(profile.deviceNames()).isEmpty();
      browser.screenshot("reset-2-devices-reset");
    }
    assertThat(api.get("/api/v1/accounts/" + name + "/devices", api.adminToken()).body())
        .doesNotContain("Old phone");
  }

  @Test
  void userSkipsTheSetUpForGoodAndLaterLogsInStraightAway() {
    String name = Api.uniqueName("skipper");
    api.createBackupUser(name, PASSWORD, true);

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      SecondStepPage prompt = LoginPage.open(browser).logInToSecondStep(name, PASSWORD);
      assertThat(prompt.asksForSetUp()).isTrue();
      ConsolePage account = prompt.skip(true);
      assertThat(account.title()).isEqualTo("My account");
      browser.screenshot("skip-1-logged-in");

      ConsolePage again = account.logOut().logInAs(name, PASSWORD);
      assertThat(again.title()).isEqualTo("My account");
      assertThat(browser.driver().getCurrentUrl()).doesNotContain("second-step");
      browser.screenshot("skip-2-next-login-straight-in");
    }
  }
}
