package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Api.NewBackupUser;
import com.twofactor.it.Browser;
import com.twofactor.it.RunningApp;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The console in Chromium, against the shared running application. */
@ExtendWith(RunningApp.class)
class ConsoleIT {

  private static final String PASSWORD = "console-Password-1";

  private final Api api = new Api(RunningApp.baseUrl());

  @Test
  void adminListsFiltersAndOpensBackupUsers() {
    String prefix = Api.uniqueName("console");
    List<String> names = List.of(prefix + "-anna", prefix + "-bert", prefix + "-carl");
    names.forEach(name -> api.createBackupUser(NewBackupUser.named(name, PASSWORD)));
    connectFromBackupClient(names.get(1), "OBM", "10.1.0.0");

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      BackupUserListPage list =
          LoginPage.open(browser)
              .logInAs("system", RunningApp.adminPassword())
              .openMenu("dashboard")
              .openBackupUsers();
      assertThat(list.title()).isEqualTo("Backup User");
      assertThat(list.total()).isGreaterThanOrEqualTo(names.size());
      browser.screenshot("admin-backup-users");

      list.filterByLoginName(prefix);
      assertThat(list.loginNames()).containsExactlyElementsOf(names);
      assertThat(list.total()).isEqualTo(names.size());
      list.filterByLoginName(names.get(1));
      assertThat(list.loginNames()).containsExactly(names.get(1));
      browser.screenshot("admin-backup-users-filtered");
      list.filterByLoginName(prefix).filterByClientType("OBM");
      assertThat(list.loginNames()).containsExactly(names.get(1));
      assertThat(list.column(4)).containsExactly("OBM 10.1.0.0");

      BackupUserProfilePage profile = list.openProfile(names.get(1));
      assertThat(profile.title()).isEqualTo("User Profile");
      assertThat(profile.loginName()).isEqualTo(names.get(1));
      assertThat(profile.client()).isEqualTo("OBM 10.1.0.0");
      assertThat(profile.saveAllowed()).isTrue();
      assertThat(profile.readOnlyNoticeShown()).isFalse();
      browser.screenshot("admin-backup-user-profile");
    }
  }

  @Test
  void adminCreatesABackupUserAndEnablesTwoFactorOnItsProfile() {
    String name = Api.uniqueName("dialog");

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      BackupUserListPage list =
          LoginPage.open(browser).logInAs("system", RunningApp.adminPassword()).openBackupUsers();
      list.createUser(name, "Created in the console", PASSWORD);
      assertThat(list.infoMessages()).contains("Backup user " + name + " created.");
      list.filterByLoginName(name);
      assertThat(list.loginNames()).containsExactly(name);
      assertThat(list.column(5)).containsExactly("Disabled");

      BackupUserProfilePage profile = list.openProfile(name).switchTwoFactor().save();
      assertThat(profile.infoMessages()).contains("Saved.");
      assertThat(profile.twoFactorEnabled()).isTrue();
      browser.screenshot("admin-backup-user-two-factor-enabled");

      list = profile.backToList().filterByLoginName(name);
      assertThat(list.column(5)).containsExactly("Enabled");
    }
    var stored = api.get("/api/v1/backup-users/" + name, api.adminToken()).json();
    assertThat(stored.getString("alias")).isEqualTo("Created in the console");
    assertThat(stored.getBoolean("twoFactorEnabled")).isTrue();
  }

  @Test
  void readOnlyAdminSeesTheListButCannotChangeAnything() {
    String readOnly = Api.uniqueName("auditor");
    api.createSystemUser(readOnly, "READ_ONLY_ADMIN", PASSWORD);
    String name = Api.uniqueName("watched");
    api.createBackupUser(NewBackupUser.named(name, PASSWORD));

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs(readOnly, PASSWORD);
      BackupUserListPage list = BackupUserListPage.await(browser).filterByLoginName(name);
      assertThat(list.loginNames()).containsExactly(name);
      assertThat(list.readOnlyNoticeShown()).isTrue();
      assertThat(list.newUserAllowed()).isFalse();
      browser.screenshot("read-only-backup-users");

      BackupUserProfilePage profile = list.openProfile(name);
      assertThat(profile.loginName()).isEqualTo(name);
      assertThat(profile.readOnlyNoticeShown()).isTrue();
      assertThat(profile.saveAllowed()).isFalse();
      assertThat(profile.twoFactorChangeable()).isFalse();
      browser.screenshot("read-only-backup-user-profile");
    }
  }

  @Test
  void subAdminSeesOnlyTheBackupUsersItOwns() {
    String subAdmin = Api.uniqueName("reseller");
    api.createSystemUser(subAdmin, "SUB_ADMIN", PASSWORD);
    String own = Api.uniqueName("own");
    String foreign = Api.uniqueName("foreign");
    api.createBackupUser(NewBackupUser.named(own, PASSWORD).ownedBy(subAdmin));
    api.createBackupUser(NewBackupUser.named(foreign, PASSWORD));

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs(subAdmin, PASSWORD);
      BackupUserListPage list = BackupUserListPage.await(browser);
      assertThat(list.loginNames()).containsExactly(own);
      assertThat(list.total()).isEqualTo(1);
      assertThat(list.newUserAllowed()).isTrue();
      assertThat(list.menuEntries()).doesNotContain("Administrative Access");
      browser.screenshot("sub-admin-backup-users");

      assertThat(list.filterByLoginName(foreign).isEmpty()).isTrue();

      BackupUserProfilePage profile = BackupUserProfilePage.open(browser, foreign);
      assertThat(profile.shown()).isFalse();
      assertThat(profile.errorMessages())
          .containsExactly(
              "There is no backup user \u201c" + foreign + "\u201d, or it is not yours to see.");
      browser.screenshot("sub-admin-foreign-profile");
    }
  }

  @Test
  void adminCreatesAPolicyGroupRequiringTwoFactorAndRenamesIt() {
    String name = Api.uniqueName("strict");
    String renamed = name + " renamed";

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser)
          .logInAs("system", RunningApp.adminPassword())
          .openMenu("policyGroups");
      PolicyGroupListPage groups = PolicyGroupListPage.await(browser).createGroup(name, true);
      assertThat(groups.infoMessages()).contains("Policy group " + name + " created.");

      PolicyGroupPage group = groups.open(name);
      assertThat(group.requiresTwoFactor()).isTrue();
      group = group.rename(renamed).save();
      assertThat(group.infoMessages()).contains("Saved.");
      assertThat(group.name()).isEqualTo(renamed);
      assertThat(browser.driver().getCurrentUrl()).contains("name=" + name + "+renamed");
      browser.screenshot("admin-policy-group-renamed");
    }
    var stored = api.get("/api/v1/policy-groups/" + name + "%20renamed", api.adminToken());
    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.json().getBoolean("requireTwoFactor")).isTrue();
  }

  @Test
  void adminCreatesASubAdminAndEnablesItsTwoFactorAuthentication() {
    String name = Api.uniqueName("partner");

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      LoginPage.open(browser).logInAs("system", RunningApp.adminPassword()).openMenu("systemUsers");
      SystemUserListPage users =
          SystemUserListPage.await(browser).createUser(name, "Sub-admin", PASSWORD);
      assertThat(users.infoMessages()).contains("System user " + name + " created.");

      SystemUserPage user = users.open(name);
      assertThat(user.role()).isEqualTo("Sub-admin");
      user.switchTwoFactor().save();
      assertThat(user.infoMessages()).contains("Saved.");
      browser.screenshot("admin-system-user");
    }
    var stored = api.get("/api/v1/system-users/" + name, api.adminToken()).json();
    assertThat(stored.getString("role")).isEqualTo("SUB_ADMIN");
    assertThat(stored.getBoolean("twoFactorEnabled")).isTrue();
  }

  @Test
  void everyMenuEntryOpensItsPage() {
    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      ConsolePage home = LoginPage.open(browser).logInAs("system", RunningApp.adminPassword());
      assertThat(home.menuEntries())
          .containsExactly(
              "Dashboard",
              "Backup User",
              "Policy Group",
              "Administrative Access",
              "Service Accounts",
              "Two-Factor Authentication (2FA)",
              "My account",
              "My 2FA devices");

      ConsolePage dashboard = home.openMenu("dashboard");
      assertThat(dashboard.title()).isEqualTo("Dashboard");
      assertThat(dashboard.text()).contains("Backup users").contains("Policy groups");
      browser.screenshot("admin-dashboard");

      ConsolePage groups = dashboard.openMenu("policyGroups");
      assertThat(groups.title()).isEqualTo("Policy Group");
      assertThat(groups.text()).contains("Default");
      browser.screenshot("admin-policy-groups");

      ConsolePage systemUsers = groups.openMenu("systemUsers");
      assertThat(systemUsers.title()).isEqualTo("Administrative Access");
      assertThat(systemUsers.text()).contains("system").contains("Admin");
      browser.screenshot("admin-system-users");

      ConsolePage serviceAccounts = systemUsers.openMenu("serviceAccounts");
      assertThat(serviceAccounts.title()).isEqualTo("Service Accounts");
      assertThat(serviceAccounts.text()).contains("replication").contains("redirectors");
      browser.screenshot("admin-service-accounts");

      ConsolePage account = serviceAccounts.openMenu("account");
      assertThat(account.title()).isEqualTo("My account");
      assertThat(account.text()).contains("system");

      ConsolePage devices = account.openMenu("myDevices");
      assertThat(devices.title()).isEqualTo("My 2FA devices");
      assertThat(devices.text()).contains("No paired devices.");
      browser.screenshot("admin-my-devices");
    }
  }

  @Test
  void backupUserLandsOnItsOwnAccountPageAndIsKeptOutOfAdminPages() {
    String name = Api.uniqueName("self");
    api.createBackupUser(NewBackupUser.named(name, PASSWORD));

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      ConsolePage account = LoginPage.open(browser).logInAs(name, PASSWORD);
      assertThat(account.title()).isEqualTo("My account");
      assertThat(account.text())
          .contains(name)
          .contains("Pair, rename and remove your authenticator apps");
      assertThat(account.menuEntries()).containsExactly("My account", "My 2FA devices");
      browser.screenshot("backup-user-account");

      browser.go("/admin/users/backup-users.xhtml");
      String refusal = browser.await(driver -> driver.findElement(By.id("error")).getText());
      assertThat(refusal).isEqualTo("You may not open this page.");
      browser.screenshot("backup-user-refused-admin-page");
    }
  }

  /** Logs in as a backup client does, which records the client type and version. */
  private void connectFromBackupClient(String loginName, String type, String version) {
    String login =
        Json.createObjectBuilder()
            .add("loginName", loginName)
            .add("password", PASSWORD)
            .add("client", Json.createObjectBuilder().add("type", type).add("version", version))
            .build()
            .toString();
    Api.Answer answer = api.post("/api/v1/auth/login", login, null);
    assertThat(answer.status()).as("login of %s: %s", loginName, answer).isEqualTo(200);
  }
}
