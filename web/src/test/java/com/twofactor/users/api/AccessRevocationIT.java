package com.twofactor.users.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Api.NewBackupUser;
import com.twofactor.it.ConsoleClient;
import com.twofactor.it.RunningApp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Revoked power stops at once: tokens and console sessions carry their account's security stamp,
 * and a new password, a new role, a device reset or disabling the account ends them on the next
 * request after the stamp cache's window. Who may disable accounts and reset devices.
 */
@ExtendWith(RunningApp.class)
class AccessRevocationIT {

  private static final String PASSWORD = "a-good-password";

  private Api api;
  private String admin;

  @BeforeEach
  void connect() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
  }

  @Test
  void apiUserCannotResetTheBuiltInAdminsDevices() {
    String apiUser = systemUser("api", "API_USER");
    String token = api.token(apiUser, PASSWORD);
    String devicesBefore = api.get("/api/v1/accounts/system/devices", admin).body();

    Api.Answer reset = api.delete("/api/v1/accounts/system/devices", token);
    Api.Answer resetOther = api.delete("/api/v1/accounts/" + apiUser + "/devices", token);

    assertThat(reset.status()).isEqualTo(403);
    assertThat(reset.contentType()).startsWith("application/problem+json");
    assertThat(resetOther.status()).as("no system user's devices").isEqualTo(403);
    Api.Answer trail =
        api.get("/api/v1/audit?actor=" + apiUser + "&action=DEVICES_RESET&subject=system", admin);
    assertThat(trail.status()).isEqualTo(200);
    JsonObject refused = trail.json().getJsonArray("items").getJsonObject(0);
    assertThat(refused.getString("outcome")).isEqualTo("FAILURE");
    assertThat(refused.getString("sourceAddress")).isEqualTo("127.0.0.1");
    waitOutTheStampCache();
    Api.Answer devicesAfter = api.get("/api/v1/accounts/system/devices", admin);
    assertThat(devicesAfter.status()).as("the admin's token was not revoked").isEqualTo(200);
    assertThat(devicesAfter.body()).isEqualTo(devicesBefore);
  }

  @Test
  void apiUserResetsABackupUsersDevices() {
    String token = api.token(systemUser("api", "API_USER"), PASSWORD);
    api.stepUpWithPassword(token, PASSWORD);
    String user = backupUser("dora", null);

    Api.Answer reset = api.delete("/api/v1/accounts/" + user + "/devices", token);

    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.json().getInt("removed")).isZero();
  }

  @Test
  void subAdminCannotTouchAnotherSubAdminsBackupUser() {
    String owner = systemUser("owner", "SUB_ADMIN");
    String other = api.token(systemUser("other", "SUB_ADMIN"), PASSWORD);
    String user = backupUser("owned", owner);

    assertThat(api.delete("/api/v1/accounts/" + user + "/devices", other).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/accounts/" + user + "/disable", "", other).status())
        .isEqualTo(404);
    assertThat(api.delete("/api/v1/accounts/system/devices", other).status()).isEqualTo(404);
    String ownersToken = api.token(owner, PASSWORD);
    api.stepUpWithPassword(ownersToken, PASSWORD);
    assertThat(api.post("/api/v1/accounts/" + user + "/disable", "", ownersToken).status())
        .isEqualTo(200);
    assertThat(api.delete("/api/v1/accounts/" + user + "/devices", ownersToken).status())
        .isEqualTo(200);
  }

  @Test
  void demotedAdminsTokenStopsChangingBackupUsers() {
    String demoted = systemUser("demoted", "ADMIN");
    String token = api.token(demoted, PASSWORD);
    String user = backupUser("erin", null);
    assertThat(api.patch("/api/v1/backup-users/" + user, "{\"alias\":\"Before\"}", token).status())
        .isEqualTo(200);

    assertThat(
            api.patch("/api/v1/system-users/" + demoted, "{\"role\":\"READ_ONLY_ADMIN\"}", admin)
                .status())
        .isEqualTo(200);
    waitOutTheStampCache();

    Api.Answer refused = api.patch("/api/v1/backup-users/" + user, "{\"alias\":\"After\"}", token);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("detail")).isEqualTo("Session revoked; log in again");
    String again = api.token(demoted, PASSWORD);
    assertThat(api.get("/api/v1/me", again).json().getJsonArray("groups").getString(0))
        .isEqualTo("READ_ONLY_ADMIN");
    assertThat(api.patch("/api/v1/backup-users/" + user, "{\"alias\":\"After\"}", again).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/backup-users/" + user, again).json().getString("alias"))
        .isEqualTo("Before");
    Api.Answer trail =
        api.get("/api/v1/audit?actor=" + demoted + "&action=REVOKED_TOKEN_REFUSED", admin);
    assertThat(trail.json().getInt("total")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void passwordChangeRevokesOldTokens() {
    String user = backupUser("frank", null);
    String token = api.token(user, PASSWORD);
    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

    api.patch("/api/v1/backup-users/" + user, "{\"password\":\"another-good-password\"}", admin);
    waitOutTheStampCache();

    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    String fresh = api.token(user, "another-good-password");
    assertThat(api.get("/api/v1/me", fresh).status()).isEqualTo(200);
  }

  @Test
  void deviceResetRevokesTheOwnersTokens() {
    String user = backupUser("gina", null);
    String token = api.token(user, PASSWORD);
    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
    String admin = api.adminToken();
    api.stepUpWithPassword(admin, RunningApp.adminPassword());

    assertThat(api.delete("/api/v1/accounts/" + user + "/devices", admin).status()).isEqualTo(200);
    waitOutTheStampCache();

    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", api.token(user, PASSWORD)).status()).isEqualTo(200);
  }

  @Test
  void disabledAccountCannotLogInAndItsTokenStopsUntilEnabled() {
    String user = backupUser("hugo", null);
    String token = api.token(user, PASSWORD);

    Api.Answer disabled = api.post("/api/v1/accounts/" + user + "/disable", "", admin);
    assertThat(disabled.status()).isEqualTo(200);
    assertThat(disabled.json().getBoolean("disabled")).isTrue();
    assertThat(api.get("/api/v1/backup-users/" + user, admin).json().getBoolean("disabled"))
        .isTrue();
    assertThat(listed(user)).contains("\"disabled\":true");
    waitOutTheStampCache();

    assertThat(api.get("/api/v1/me", token).status()).as("the old token").isEqualTo(401);
    Api.Answer login = api.login(user, PASSWORD);
    assertThat(login.status()).isEqualTo(403);
    assertThat(login.json().getString("detail")).contains("disabled");
    assertThat(api.login(user, "a-wrong-password").status())
        .as("nothing said without the password")
        .isEqualTo(401);

    Api.Answer enabled = api.post("/api/v1/accounts/" + user + "/enable", "", admin);
    assertThat(enabled.status()).isEqualTo(200);
    assertThat(enabled.json().getBoolean("disabled")).isFalse();
    assertThat(api.login(user, PASSWORD).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/me", token).status()).as("revoked for good").isEqualTo(401);
  }

  @Test
  void disabledSystemUserIsShownAndItsTokenStops() {
    String operator = systemUser("operator", "API_USER");
    String token = api.token(operator, PASSWORD);

    assertThat(api.post("/api/v1/accounts/" + operator + "/disable", "", admin).status())
        .isEqualTo(200);
    waitOutTheStampCache();

    assertThat(api.get("/api/v1/system-users/" + operator, admin).json().getBoolean("disabled"))
        .isTrue();
    assertThat(api.get("/api/v1/backup-users", token).status()).isEqualTo(401);
  }

  @Test
  void nobodyDisablesTheBuiltInAdminOrThemselves() {
    String other = systemUser("admin", "ADMIN");
    String otherToken = api.token(other, PASSWORD);

    assertThat(api.post("/api/v1/accounts/system/disable", "", otherToken).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/accounts/system/disable", "", admin).status()).isEqualTo(403);
    Api.Answer self = api.post("/api/v1/accounts/" + other + "/disable", "", otherToken);
    assertThat(self.status()).isEqualTo(403);
    assertThat(self.contentType()).startsWith("application/problem+json");
    assertThat(api.login("system", RunningApp.adminPassword()).status()).isEqualTo(200);
    assertThat(api.login(other, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void onlyAdminsAndApiUsersDisableAndApiUsersOnlyBackupUsers() {
    String user = backupUser("ivan", null);
    String target = systemUser("target", "READ_ONLY_ADMIN");
    String apiUser = api.token(systemUser("api", "API_USER"), PASSWORD);
    String readOnly = api.token(systemUser("ro", "READ_ONLY_API_USER"), PASSWORD);

    assertThat(api.post("/api/v1/accounts/" + user + "/disable", "", readOnly).status())
        .isEqualTo(403);
    assertThat(api.post("/api/v1/accounts/" + target + "/disable", "", apiUser).status())
        .isEqualTo(403);
    assertThat(api.post("/api/v1/accounts/" + user + "/disable", "", apiUser).status())
        .isEqualTo(200);
    assertThat(api.post("/api/v1/accounts/nobody-here/disable", "", admin).status()).isEqualTo(404);
  }

  @Test
  void demotedAdminsConsoleSessionEnds() {
    String demoted = systemUser("console", "ADMIN");
    ConsoleClient console = ConsoleClient.login(RunningApp.baseUrl(), demoted, PASSWORD);
    assertThat(console.get("/admin/users/backup-users.xhtml").status()).isEqualTo(200);

    api.patch("/api/v1/system-users/" + demoted, "{\"role\":\"READ_ONLY_ADMIN\"}", admin);
    waitOutTheStampCache();

    assertThat(console.get("/admin/users/backup-users.xhtml").status())
        .as("sent to the login page")
        .isEqualTo(302);
    assertThat(console.get("/admin/users/backup-users.xhtml").status())
        .as("the session is gone")
        .isEqualTo(302);
    ConsoleClient again = ConsoleClient.login(RunningApp.baseUrl(), demoted, PASSWORD);
    assertThat(again.get("/admin/users/backup-users.xhtml").status()).isEqualTo(200);
  }

  @Test
  void untouchedConsoleSessionGoesOn() {
    String admin2 = systemUser("steady", "ADMIN");
    ConsoleClient console = ConsoleClient.login(RunningApp.baseUrl(), admin2, PASSWORD);

    api.patch("/api/v1/system-users/" + admin2, "{\"twoFactorEnabled\":false}", admin);
    waitOutTheStampCache();

    assertThat(console.get("/admin/users/backup-users.xhtml").status()).isEqualTo(200);
  }

  private String listed(String loginName) {
    return api.get("/api/v1/backup-users?loginName=" + loginName, admin).body();
  }

  private String systemUser(String prefix, String role) {
    String name = Api.uniqueName(prefix);
    api.createSystemUser(name, role, PASSWORD);
    return name;
  }

  private String backupUser(String prefix, String owner) {
    String name = Api.uniqueName(prefix);
    api.createBackupUser(NewBackupUser.named(name, PASSWORD).ownedBy(owner));
    return name;
  }

  private static void waitOutTheStampCache() {
    try {
      Thread.sleep(RunningApp.SECURITY_STAMP_CACHE.toMillis() + 500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
