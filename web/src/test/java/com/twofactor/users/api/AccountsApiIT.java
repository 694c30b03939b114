package com.twofactor.users.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Api.NewBackupUser;
import com.twofactor.it.RunningApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApp.class)
class AccountsApiIT {

  private static final String PASSWORD = "a-good-password";

  private Api api;
  private String admin;

  @BeforeEach
  void connect() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
  }

  @Test
  void adminCreatesReadsAndChangesABackupUser() {
    String name = Api.uniqueName("alice");

    Api.Answer created =
        api.post("/api/v1/backup-users", NewBackupUser.named(name, PASSWORD).json(), admin);
    Api.Answer changed =
        api.patch(
            "/api/v1/backup-users/" + name,
            "{\"alias\":\"Alice\",\"twoFactorEnabled\":true}",
            admin);
    Api.Answer read = api.get("/api/v1/backup-users/" + name, admin);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("password");
    assertThat(changed.status()).isEqualTo(200);
    JsonObject user = read.json();
    assertThat(user.getString("alias")).isEqualTo("Alice");
    assertThat(user.getBoolean("twoFactorEnabled")).isTrue();
    assertThat(user.getString("twoFactorState")).isEqualTo("ENABLED");
    assertThat(user.getString("policyGroup")).isEqualTo("Default");
    assertThat(user.getString("type")).isEqualTo("PAID");
  }

  @Test
  void newBackupUserCanLogInWithItsPassword() {
    String name = Api.uniqueName("bob");
    api.post("/api/v1/backup-users", NewBackupUser.named(name, PASSWORD).json(), admin);

    Api.Answer login = api.login(name, PASSWORD);

    assertThat(login.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/backup-users", login.json().getString("token")).status())
        .as("a backup user is no admin")
        .isEqualTo(403);
  }

  @Test
  void takenLoginNameIsAConflict() {
    String name = Api.uniqueName("carol");
    api.post("/api/v1/backup-users", NewBackupUser.named(name, PASSWORD).json(), admin);

    Api.Answer again =
        api.post("/api/v1/backup-users", NewBackupUser.named(name, PASSWORD).json(), admin);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
  }

  @Test
  void invalidBackupUserIsABadRequestNamingTheFields() {
    Api.Answer answer =
        api.post(
            "/api/v1/backup-users",
            "{\"loginName\":\"bad name!\",\"password\":\"short\",\"type\":\"PAID\"}",
            admin);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().getString("detail")).contains("loginName").contains("password");
  }

  @Test
  void unknownBackupUserIsNotFound() {
    Api.Answer answer = api.get("/api/v1/backup-users/" + Api.uniqueName("ghost"), admin);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void readOnlyAdminReadsButChangesNothing() {
    String readOnly = Api.uniqueName("auditor");
    api.createSystemUser(readOnly, "READ_ONLY_ADMIN", PASSWORD);
    String token = api.token(readOnly, PASSWORD);
    String name = Api.uniqueName("dave");
    api.post("/api/v1/backup-users", NewBackupUser.named(name, PASSWORD).json(), admin);

    assertThat(api.get("/api/v1/backup-users/" + name, token).status()).isEqualTo(200);
    assertThat(api.patch("/api/v1/backup-users/" + name, "{\"alias\":\"x\"}", token).status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    "/api/v1/backup-users",
                    NewBackupUser.named(Api.uniqueName("e"), PASSWORD).json(),
                    token)
                .status())
        .isEqualTo(403);
    assertThat(api.post("/api/v1/policy-groups", "{\"name\":\"x\"}", token).status())
        .isEqualTo(403);
  }

  @Test
  void readOnlyApiUserMayOnlyRead() {
    String reader = Api.uniqueName("reader");
    api.createSystemUser(reader, "READ_ONLY_API_USER", PASSWORD);
    String token = api.token(reader, PASSWORD);

    assertThat(api.get("/api/v1/policy-groups", token).status()).isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v1/backup-users",
                    NewBackupUser.named(Api.uniqueName("f"), PASSWORD).json(),
                    token)
                .status())
        .isEqualTo(403);
  }

  @Test
  void subAdminSeesAndChangesOnlyTheBackupUsersItOwns() {
    String subAdmin = Api.uniqueName("reseller");
    api.createSystemUser(subAdmin, "SUB_ADMIN", PASSWORD);
    String own = Api.uniqueName("own");
    String foreign = Api.uniqueName("foreign");
    api.post(
        "/api/v1/backup-users", NewBackupUser.named(own, PASSWORD).ownedBy(subAdmin).json(), admin);
    api.post("/api/v1/backup-users", NewBackupUser.named(foreign, PASSWORD).json(), admin);
    String token = api.token(subAdmin, PASSWORD);

    Api.Answer list = api.get("/api/v1/backup-users?size=500", token);
    List<String> names =
        list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(user -> user.getString("loginName"))
            .toList();

    assertThat(list.json().getInt("total")).isEqualTo(1);
    assertThat(names).containsExactly(own);
    assertThat(api.get("/api/v1/backup-users/" + foreign, token).status()).isEqualTo(404);
    assertThat(api.patch("/api/v1/backup-users/" + foreign, "{\"alias\":\"x\"}", token).status())
        .isEqualTo(404);
    assertThat(api.patch("/api/v1/backup-users/" + own, "{\"alias\":\"mine\"}", token).status())
        .isEqualTo(200);
  }

  @Test
  void subAdminOwnsWhatItCreatesAndCannotGiveItAway() {
    String subAdmin = Api.uniqueName("reseller");
    api.createSystemUser(subAdmin, "SUB_ADMIN", PASSWORD);
    String token = api.token(subAdmin, PASSWORD);
    String name = Api.uniqueName("client");

    Api.Answer created =
        api.post("/api/v1/backup-users", NewBackupUser.named(name, PASSWORD).json(), token);
    Api.Answer givenAway =
        api.patch("/api/v1/backup-users/" + name, "{\"owner\":\"someone-else\"}", token);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getString("owner")).isEqualTo(subAdmin);
    assertThat(givenAway.status()).isEqualTo(403);
  }

  @Test
  void backupUserListFiltersByLoginNameAndPages() {
    String prefix = Api.uniqueName("page");
    for (int i = 0; i < 3; i++) {
      api.post(
          "/api/v1/backup-users", NewBackupUser.named(prefix + "-" + i, PASSWORD).json(), admin);
    }

    Api.Answer firstPage =
        api.get("/api/v1/backup-users?loginName=" + prefix.toUpperCase() + "&size=2", admin);
    Api.Answer secondPage =
        api.get("/api/v1/backup-users?loginName=" + prefix + "&size=2&page=1", admin);

    assertThat(firstPage.json().getInt("total")).isEqualTo(3);
    assertThat(firstPage.json().getJsonArray("items")).hasSize(2);
    assertThat(secondPage.json().getJsonArray("items")).hasSize(1);
    assertThat(api.get("/api/v1/backup-users?size=0", admin).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/backup-users?clientType=XYZ", admin).status()).isEqualTo(400);
  }

  @Test
  void policyGroupRequiringTwoFactorEnforcesItOnItsUsers() {
    String group = Api.uniqueName("strict");
    Api.Answer created =
        api.post(
            "/api/v1/policy-groups",
            Json.createObjectBuilder()
                .add("name", group)
                .add("requireTwoFactor", true)
                .build()
                .toString(),
            admin);
    String name = Api.uniqueName("member");
    api.post("/api/v1/backup-users", NewBackupUser.named(name, PASSWORD).json(), admin);

    api.patch("/api/v1/backup-users/" + name, "{\"policyGroup\":\"" + group + "\"}", admin);

    assertThat(created.status()).isEqualTo(201);
    assertThat(api.get("/api/v1/backup-users/" + name, admin).json().getString("twoFactorState"))
        .isEqualTo("ENFORCED");
    assertThat(
            api.get("/api/v1/policy-groups/" + group, admin).json().getBoolean("requireTwoFactor"))
        .isTrue();
  }

  @Test
  void onlyAdminsChangeSystemUsersAndTheBuiltInAdminStaysAdmin() {
    String apiUser = Api.uniqueName("robot");
    api.createSystemUser(apiUser, "API_USER", PASSWORD);
    String token = api.token(apiUser, PASSWORD);

    Api.Answer byApiUser =
        api.patch("/api/v1/system-users/" + apiUser, "{\"twoFactorEnabled\":true}", token);
    Api.Answer demoteSystem =
        api.patch("/api/v1/system-users/system", "{\"role\":\"READ_ONLY_ADMIN\"}", admin);
    Api.Answer list = api.get("/api/v1/system-users?size=500", admin);

    assertThat(byApiUser.status()).isEqualTo(403);
    assertThat(demoteSystem.status()).isEqualTo(400);
    assertThat(
            list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("loginName").equals("system"))
                .map(user -> user.getJsonString("role"))
                .map(JsonString::getString))
        .containsExactly("ADMIN");
    assertThat(list.body()).doesNotContain("password");
  }
}
