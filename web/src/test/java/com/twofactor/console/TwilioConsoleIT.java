package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Browser;
import com.twofactor.it.ItDatabase;
import com.twofactor.it.LegacyApp;
import com.twofactor.it.MicroServer;
import com.twofactor.it.RunningApp;
import com.twofactor.it.TwilioServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Legacy Twilio SMS in Chromium, on an upgraded install: the Twilio section of the 2FA tab with its
 * Test (passcode prefix, countdown, "Test completed successfully"), and the SMS login page (masked
 * number, prefix and countdown, Resend passcode honouring the cooldown; at the setup step, why no
 * SMS goes out once the account's verification SMS are used up), and the one-way switch: its two
 * warnings, Cancel keeping Twilio and the phone numbers, Confirm deleting them (on servers of their
 * own, as that is for good).
 */
@ExtendWith(LegacyApp.class)
class TwilioConsoleIT {

  private static final String TIME = "[0-9]{2}:[0-9]{2}:[0-9]{2}";

  private final Api api = LegacyApp.api();
  private final TwilioServer twilio = LegacyApp.twilio();

  @Test
  void twilioSectionTestsTheSettingsWithAPasscode() {
    try (Browser browser = Browser.open(LegacyApp.baseUrl())) {
      LoginPage.open(browser).logInAs("system", LegacyApp.ADMIN_PASSWORD);
      browser.go("/admin/settings/basic.xhtml");
      WebDriver driver = browser.driver();
      WebElement sid = browser.await(d -> d.findElement(By.id("settings:tabs:accountSid")));
      assertThat(sid.getAttribute("value")).isEqualTo(LegacyApp.ACCOUNT_SID);
      WebElement token = driver.findElement(By.id("settings:tabs:authToken"));
      assertThat(token.getAttribute("value")).isEmpty();
      assertThat(token.getAttribute("placeholder")).startsWith("••••");
      assertThat(driver.getPageSource()).doesNotContain(LegacyApp.AUTH_TOKEN);
      assertThat(driver.findElement(By.id("settings:tabs:twilio")).getText())
          .contains("Allow legacy client to skip SMS authentication")
          .contains("older than version 8.3.0.30");

      driver.findElement(By.id("settings:tabs:twilioTest")).click();
      String national = TwilioServer.randomHongKongMobile();
      // The dialog moves the focus to its first field as it opens, which can take keystrokes away
      // from a field typed in meanwhile: type until the field holds the whole number.
      browser.await(
          d -> {
            WebElement number = visible(d.findElement(By.id("settings:tabs:testNumber")));
            if (number == null) {
              return null;
            }
            if (national.equals(number.getAttribute("value"))) {
              return number;
            }
            number.clear();
            number.sendKeys(national);
            return null;
          });
      driver.findElement(By.id("settings:tabs:sendTest")).click();
      // The number joins the admin's profile: a change of second factor asks for a step-up.
      SettingsPage.current(browser).stepUp(LegacyApp.ADMIN_PASSWORD);
      String passcode = passcodeOrWhatThePageSays(browser, "+852" + national);
      // The page shows the passcode's prefix (read afresh: the section may render again meanwhile).
      browser.await(
          d -> {
            WebElement prefix = d.findElement(By.id("testPrefix"));
            return prefix.isDisplayed()
                && !prefix.getText().isBlank()
                && passcode.startsWith(prefix.getText() + "-");
          });
      browser.await(d -> d.findElement(By.id("testCountdown")).getText().matches(TIME));
      browser.await(d -> d.findElement(By.id("settings:tabs:resendTest")).isDisplayed());

      driver.findElement(By.id("settings:tabs:testPasscode")).sendKeys(passcode);
      driver.findElement(By.id("settings:tabs:verifyTest")).click();
      browser.await(
          d ->
              d.findElement(By.id("settings:tabs:twilioTestResult"))
                  .getText()
                  .contains("Test completed successfully"));
    }
  }

  @Test
  void smsLoginPageShowsPrefixCountdownAndResend() {
    String admin = LegacyApp.steppedUpAdminToken();
    String name = Api.uniqueName("sms-admin");
    api.createSystemUserAs(admin, name, "READ_ONLY_ADMIN", "sms-Admin-Password-1");
    assertThat(
            api.patch("/api/v1/system-users/" + name, "{\"twoFactorEnabled\":true}", admin)
                .status())
        .isEqualTo(200);
    String national = TwilioServer.randomHongKongMobile();
    String phones = "/api/v1/accounts/" + name + "/phones";
    long phoneId =
        api.post(phones, "{\"country\":\"HK\",\"number\":\"" + national + "\"}", admin)
            .json()
            .getJsonNumber("id")
            .longValue();
    api.post(phones + "/" + phoneId + "/verify", "{}", admin);
    api.post(
        phones + "/" + phoneId + "/verify",
        "{\"passcode\":\"" + twilio.lastPasscodeTo("+852" + national) + "\"}",
        admin);

    try (Browser browser = Browser.open(LegacyApp.baseUrl())) {
      WebDriver driver = browser.driver();
      browser.go("/login.xhtml");
      browser.await(d -> d.findElement(By.id("login:loginName")).isDisplayed());
      driver.findElement(By.id("login:loginName")).sendKeys(name);
      driver.findElement(By.id("login:password")).sendKeys("sms-Admin-Password-1");
      driver.findElement(By.id("login:submit")).click();

      WebElement choice =
          browser.await(d -> visible(d.findElement(By.cssSelector("button.phone-choice"))));
      assertThat(choice.getText())
          .isEqualTo("Hong Kong (+852) - ****" + national.substring(national.length() - 4));
      assertThat(driver.getPageSource())
          .contains("Please select phone number to receive passcode via SMS message")
          .contains("Need help logging in?");
      choice.click();

      WebElement prefix = browser.await(d -> visible(d.findElement(By.id("prefix"))));
      String passcode = twilio.lastPasscodeTo("+852" + national);
      assertThat(passcode).startsWith(prefix.getText() + "-");
      String first =
          browser.await(
              d -> {
                String shown = d.findElement(By.id("countdown")).getText();
                return shown.matches(TIME) ? shown : null;
              });
      browser.await(d -> !d.findElement(By.id("countdown")).getText().equals(first));
      assertThat(driver.findElement(By.id("smsStep")).getText())
          .contains("SMS message with a passcode was already sent to the phone number");

      driver.findElement(By.id("smsStep:resend")).click();
      browser.await(d -> d.findElement(By.id("smsStep:messages")).getText().contains("resend"));

      driver.findElement(By.id("smsStep:passcode")).sendKeys(passcode);
      driver.findElement(By.id("smsStep:verify")).click();
      ConsolePage.await(browser);
    }
  }

  @Test
  void smsSetupPageSaysWhenTheAccountsVerificationSmsAreUsedUp() {
    String admin = LegacyApp.steppedUpAdminToken();
    String name = Api.uniqueName("sms-setup");
    api.createSystemUserAs(admin, name, "READ_ONLY_ADMIN", "sms-Setup-Password-1");
    assertThat(
            api.patch("/api/v1/system-users/" + name, "{\"twoFactorEnabled\":true}", admin)
                .status())
        .isEqualTo(200);
    // The account's verification SMS are used up, here from its User Profile: none verified.
    String phones = "/api/v1/accounts/" + name + "/phones";
    for (int i = 0; i < 10; i++) {
      String national = TwilioServer.randomHongKongMobile();
      long phoneId =
          api.post(phones, "{\"country\":\"HK\",\"number\":\"" + national + "\"}", admin)
              .json()
              .getJsonNumber("id")
              .longValue();
      assertThat(api.post(phones + "/" + phoneId + "/verify", "{}", admin).status()).isEqualTo(200);
    }

    try (Browser browser = Browser.open(LegacyApp.baseUrl())) {
      WebDriver driver = browser.driver();
      browser.go("/login.xhtml");
      browser.await(d -> d.findElement(By.id("login:loginName")).isDisplayed());
      driver.findElement(By.id("login:loginName")).sendKeys(name);
      driver.findElement(By.id("login:password")).sendKeys("sms-Setup-Password-1");
      driver.findElement(By.id("login:submit")).click();

      String national = TwilioServer.randomHongKongMobile();
      browser.await(d -> visible(d.findElement(By.id("smsStep:number")))).sendKeys(national);
      driver.findElement(By.id("smsStep:sendToNew")).click();
      String shown =
          browser.await(
              d -> {
                String text = d.findElement(By.id("smsStep:messages")).getText();
                return text.isBlank() ? null : text;
              });
      assertThat(shown)
          .contains("Too many verification SMS were sent for this account (10 within 60 minutes)")
          .containsPattern("try again at [0-9-]+T[0-9:]+Z");
      assertThat(driver.findElements(By.id("prefix"))).isEmpty();
      assertThat(twilio.messages()).noneMatch(m -> ("+852" + national).equals(m.get("To")));
    }
  }

  @Test
  void twoFactorViewOfTheBackupUserListShowsSmsAuthentication() {
    try (Browser browser = Browser.open(LegacyApp.baseUrl())) {
      LoginPage.open(browser).logInAs("system", LegacyApp.ADMIN_PASSWORD);
      browser.go("/admin/users/backup-users.xhtml");
      BackupUserListPage list =
          BackupUserListPage.await(browser).showView("2FA").filterByLoginName("user01");
      assertThat(browser.driver().findElement(By.cssSelector("[id='users:table'] thead")).getText())
          .contains("SMS Authentication");
      browser.await(
          d ->
              d
                  .findElements(By.cssSelector("[id='users:table_data'] td.sms-authentication"))
                  .stream()
                  .anyMatch(cell -> cell.getText().contains("Enabled")));
      assertThat(list.loginNames()).contains("user01");
    }
  }

  @Test
  void switchingMobileAuthenticationOnWarnsAndOnlyConfirmingDeletesTwilio() {
    try (SwitchServer server = SwitchServer.start("switch_mobile");
        Browser browser = Browser.open(server.baseUrl())) {
      LoginPage.open(browser).logInAs("system", LegacyApp.ADMIN_PASSWORD);
      SettingsPage page = SettingsPage.open(browser).chooseApp("Google Authenticator");

      assertThat(page.switchMobileAuthenticationOnOverTwilio())
          .contains("Mobile Authentication and Twilio Credentials Verification cannot be on")
          .contains("deletes Twilio Credentials Verification from this server permanently")
          .contains("every phone number registered for SMS authentication")
          .contains("it cannot be enabled again later");
      page.cancelTwilioRemoval().save();
      server.assertTwilioKept();
      assertThat(SettingsPage.open(browser).hasTwilioSection()).isTrue();

      page = SettingsPage.open(browser).chooseApp("Google Authenticator");
      page.switchMobileAuthenticationOnOverTwilio();
      page.confirmTwilioRemoval().save();
      browser.await(driver -> !SettingsPage.current(browser).hasTwilioSection());
      assertThat(SettingsPage.open(browser).mobileAuthentication()).isTrue();
      assertThat(SettingsPage.open(browser).hasTwilioSection()).isFalse();
      server.assertTwilioGone();
    }
  }

  @Test
  void switchingTwilioOffWarnsAndOnlyConfirmingDeletesIt() {
    try (SwitchServer server = SwitchServer.start("switch_off");
        Browser browser = Browser.open(server.baseUrl())) {
      LoginPage.open(browser).logInAs("system", LegacyApp.ADMIN_PASSWORD);
      SettingsPage page = SettingsPage.open(browser);

      assertThat(page.switchTwilioOff())
          .contains(
              "Switching off Twilio Credentials Verification deletes it from this server"
                  + " permanently")
          .contains("every phone number registered for SMS authentication")
          .contains("it cannot be enabled")
          .contains("again later");
      page.cancelTwilioOff();
      server.assertTwilioKept();
      assertThat(SettingsPage.open(browser).hasTwilioSection()).isTrue();

      page = SettingsPage.open(browser);
      page.switchTwilioOff();
      page.confirmTwilioOff();
      assertThat(SettingsPage.open(browser).hasTwilioSection()).isFalse();
      server.assertTwilioGone();
    }
  }

  /**
   * An upgraded install of its own, for a test that switches Twilio off for good: a
   * Twilio-compatible server and the application with demo user user01's imported, verified Hong
   * Kong number.
   */
  private record SwitchServer(TwilioServer twilio, MicroServer server, Api api, String admin)
      implements AutoCloseable {

    static SwitchServer start(String name) {
      Path work = Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), name);
      RunningApp.deleteRecursively(work);
      TwilioServer twilio = new TwilioServer();
      MicroServer server = new MicroServer(work, LegacyApp.options(work, name, twilio.baseUrl()));
      try {
        server.start();
      } catch (RuntimeException | Error e) {
        server.stop();
        twilio.close();
        throw e;
      }
      Api api = new Api(server.baseUrl());
      return new SwitchServer(twilio, server, api, api.token("system", LegacyApp.ADMIN_PASSWORD));
    }

    String baseUrl() {
      return server.baseUrl();
    }

    void assertTwilioKept() {
      assertThat(api.get("/api/v1/settings/twilio", admin).status()).isEqualTo(200);
      assertThat(api.get("/api/v1/settings/two-factor", admin).json().getString("twilio"))
          .isEqualTo("ACTIVE");
      assertThat(api.get("/api/v1/accounts/user01/phones", admin).body()).contains("+85292153799");
    }

    void assertTwilioGone() {
      assertThat(api.get("/api/v1/settings/twilio", admin).status()).isEqualTo(409);
      assertThat(api.get("/api/v1/settings/two-factor", admin).json().getString("twilio"))
          .isEqualTo("RETIRED");
      assertThat(api.get("/api/v1/accounts/user01/phones", admin).jsonArray()).isEmpty();
    }

    @Override
    public void close() {
      server.stop();
      twilio.close();
    }
  }

  /** The passcode sent to the number; if none came, the failure says what the page showed. */
  private String passcodeOrWhatThePageSays(Browser browser, String e164) {
    try {
      return twilio.lastPasscodeTo(e164);
    } catch (AssertionError none) {
      String page = browser.driver().findElement(By.tagName("body")).getText();
      throw new AssertionError(
          none.getMessage()
              + "; the page shows: "
              + page.substring(0, Math.min(page.length(), 2000)),
          none);
    }
  }

  private static WebElement visible(WebElement element) {
    return element.isDisplayed() ? element : null;
  }
}
