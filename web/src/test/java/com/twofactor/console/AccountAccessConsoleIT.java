package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Browser;
import com.twofactor.it.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Disabling and enabling accounts from the console's user pages, in Chromium. */
@ExtendWith(RunningApp.class)
class AccountAccessConsoleIT {

  private static final String PASSWORD = "a-good-password";

  private final Api api = new Api(RunningApp.baseUrl());

  @Test
  void adminDisablesAndEnablesABackupUserFromItsProfile() {
    String name = Api.uniqueName("paused");
    api.createBackupUser(name, PASSWORD, false);

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs("system", RunningApp.adminPassword());
      BackupUserProfilePage profile = BackupUserProfilePage.open(browser, name);
      assertThat(profile.accountState()).isEqualTo("Enabled");

      profile.disableAccount();
      assertThat(profile.errorMessages()).isEmpty();
      assertThat(profile.accountState()).isEqualTo("Disabled");
      browser.screenshot("account-1-backup-user-disabled");
      assertThat(api.login(name, PASSWORD).status()).isEqualTo(403);

      profile.enableAccount();
      assertThat(profile.accountState()).isEqualTo("Enabled");
    }
    assertThat(api.login(name, PASSWORD).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/audit?subject=" + name, api.adminToken()).body())
        .contains("ACCOUNT_DISABLED")
        .contains("ACCOUNT_ENABLED");
  }

  @Test
  void adminDisablesAnotherSystemUserButNeverItselfNorTheBuiltInAdmin() {
    String other = Api.uniqueName("operator");
    api.createSystemUser(other, "READ_ONLY_ADMIN", PASSWORD);

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs("system", RunningApp.adminPassword());
      SystemUserPage self = SystemUserPage.open(browser, "system");
      assertThat(self.disableAllowed()).isFalse();

      SystemUserPage page = SystemUserPage.open(browser, other);
      assertThat(page.disableAllowed()).isTrue();
      page.disableAccount();
      assertThat(page.accountState()).isEqualTo("Disabled");
      browser.screenshot("account-2-system-user-disabled");
    }
    assertThat(api.login(other, PASSWORD).status()).isEqualTo(403);
  }

  @Test
  void demotedAdminsNextClickLandsOnTheLoginPage() throws InterruptedException {
    String demoted = Api.uniqueName("demoted");
    api.createSystemUser(demoted, "ADMIN", PASSWORD);
    String user = Api.uniqueName("kept");
    api.createBackupUser(user, PASSWORD, false);

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs(demoted, PASSWORD);
      BackupUserProfilePage profile = BackupUserProfilePage.open(browser, user);
      api.patch(
          "/api/v1/system-users/" + demoted, "{\"role\":\"READ_ONLY_ADMIN\"}", api.adminToken());
      Thread.sleep(RunningApp.SECURITY_STAMP_CACHE.toMillis() + 500);

      browser.driver().findElement(org.openqa.selenium.By.id("profile:save")).click();
      browser.await(driver -> driver.getCurrentUrl().contains("/login.xhtml"));
      browser.screenshot("account-3-demoted-admin-sent-to-login");
      assertThat(browser.driver().findElements(org.openqa.selenium.By.id("login:loginName")))
          .isNotEmpty();
      assertThat(profile.errorMessages()).isEmpty();
    }
  }
}
