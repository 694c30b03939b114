package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Browser;
import com.twofactor.it.RunningApp;
import com.twofactor.it.TotpApps;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user who lost the phone logs in to the console with a recovery code: password, "Use a recovery
 * code", the code, the home page; the same code does not work a second time.
 */
@ExtendWith(RunningApp.class)
class RecoveryCodeConsoleIT {

  private static final String PASSWORD = "recovery-Console-1";

  private static Api api;

  @BeforeAll
  static void mobileAuthenticationOn() {
    api = new Api(RunningApp.baseUrl());
    api.switchMobileAuthentication(true);
  }

  @AfterAll
  static void mobileAuthenticationOff() {
    api.switchMobileAuthentication(false);
  }

  @Test
  void aRecoveryCodeLogsInInsteadOfTheLostDeviceOnce() {
    String name = Api.uniqueName("lostphone");
    api.createBackupUser(name, PASSWORD, true);
    List<String> codes =
        TotpApps.pairAtLogin(api, api.login(name, PASSWORD).json(), "Lost phone")
            .answer()
            .json()
            .getJsonArray("recoveryCodes")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList();

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      SecondStepPage challenge = LoginPage.open(browser).logInToSecondStep(name, PASSWORD);
      assertThat(challenge.asksForCode()).isTrue();
      challenge.typeRecoveryCode("aaaaa-bbbbb");
      assertThat(challenge.errorMessages())
          .contains("Wrong code. Enter the code your app shows now.");
      browser.screenshot("recovery-1-wrong-code");

      ConsolePage home = SecondStepPage.await(browser).useRecoveryCode(codes.get(0));
      assertThat(home.title()).isEqualTo("My account");
      assertThat(home.text()).contains(name);
      browser.screenshot("recovery-2-logged-in");

      SecondStepPage again = home.logOut().logInToSecondStep(name, PASSWORD);
      again.typeRecoveryCode(codes.get(0));
      assertThat(again.errorMessages()).isNotEmpty();
      assertThat(browser.driver().getCurrentUrl()).contains("/second-step.xhtml");
    }
  }
}
