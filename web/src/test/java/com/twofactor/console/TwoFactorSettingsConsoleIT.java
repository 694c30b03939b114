package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.BrandedAppSettings;
import com.twofactor.it.Browser;
import com.twofactor.it.RunningApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** System Settings › Basic in Chromium: mobile authentication switched on and kept. */
@ExtendWith(RunningApp.class)
class TwoFactorSettingsConsoleIT {

  private final Api api = new Api(RunningApp.baseUrl());

  @BeforeEach
  void mobileAuthenticationIsOff() {
    api.switchMobileAuthentication(false);
  }

  @AfterEach
  void switchMobileAuthenticationOffAgain() {
    api.switchMobileAuthentication(false);
  }

  @Test
  void adminSwitchesMobileAuthenticationOnWithGoogleAuthenticator() {
    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs("system", RunningApp.adminPassword());
      SettingsPage settings = SettingsPage.open(browser);
      assertThat(settings.mobileAuthentication()).isFalse();

      settings.switchMobileAuthentication().chooseApp("Google Authenticator");
      browser.screenshot("settings-mobile-authentication-chosen");
      settings.save();
      assertThat(settings.errorMessages()).isEmpty();
      assertThat(settings.infoMessages()).contains("The two-factor settings are saved.");

      SettingsPage reloaded = SettingsPage.open(browser);
      assertThat(reloaded.mobileAuthentication()).isTrue();
      assertThat(reloaded.chosenApp()).isEqualTo("Google Authenticator");
      browser.screenshot("settings-mobile-authentication-saved");

      reloaded.switchMobileAuthentication().save();
      assertThat(SettingsPage.open(browser).mobileAuthentication()).isFalse();
    }
    var stored = api.get("/api/v1/settings/two-factor", api.adminToken()).json();
    assertThat(stored.getBoolean("mobileAuthentication")).isFalse();
  }

  @Test
  void adminCustomizesTheBrandedAppTestsAnHttpHostAndSwitchesOnAfterThePopup() {
    BrandedAppSettings.chooseWithMobileAuthenticationOff(api);
    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs("system", RunningApp.adminPassword());
      SettingsPage settings = SettingsPage.open(browser);
      assertThat(settings.chosenApp()).isEqualTo("Branded mobile app");
      assertThat(settings.text())
          .contains(
              BrandedAppSettings.APP_NAME,
              "every backup client (OBM, ACB) with two-factor authentication must connect to this"
                  + " server over http as well");
      assertThat(settings.testHost()).contains("must then connect to this server over http");

      settings.customizeBrandedApp("Acme Mobile Plus");
      browser.screenshot("settings-branded-app-customized");
      // Branded settings were saved before: switching on shows the message, which is accepted.
      settings.switchMobileAuthentication().save();
      assertThat(settings.errorMessages()).isEmpty();
    }
    var stored = api.get("/api/v1/settings/two-factor", api.adminToken()).json();
    assertThat(stored.getBoolean("mobileAuthentication")).isTrue();
    assertThat(stored.getJsonObject("brandedApp").getString("name")).isEqualTo("Acme Mobile Plus");
    assertThat(stored.getJsonObject("brandedApp").getString("appStoreUrl"))
        .isEqualTo(BrandedAppSettings.APP_STORE);
  }

  @Test
  void requiringSystemUsersWithoutAPairedDeviceIsRefusedWithTheReason() {
    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs("system", RunningApp.adminPassword());
      SettingsPage settings = SettingsPage.open(browser);

      settings
          .switchMobileAuthentication()
          .chooseApp("Google Authenticator")
          .switchRequireForSystemUsers()
          .save();
      browser.screenshot("settings-require-for-system-users-refused");

      assertThat(settings.errorMessages())
          .singleElement()
          .asString()
          .contains("pair an authenticator app");
      assertThat(SettingsPage.open(browser).mobileAuthentication()).isFalse();
    }
  }
}
