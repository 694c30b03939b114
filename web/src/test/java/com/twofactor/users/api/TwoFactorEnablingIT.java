package com.twofactor.users.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Api.NewBackupUser;
import com.twofactor.it.RunningApp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three ways of enabling 2FA for backup users over the API — per user, in bulk, per policy
 * group — the 2FA filter of the list, the role rules, and the audit trail of each change.
 */
@ExtendWith(RunningApp.class)
class TwoFactorEnablingIT {

  private static final String PASSWORD = "a-good-password";

  private Api api;
  private String admin;

  @BeforeEach
  void connect() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
  }

  @Test
  void bulkEnableChangesOnlyTheNamedUsersAndReportsUnknownNames() {
    String prefix = Api.uniqueName("bulk");
    List<String> users = List.of(prefix + "-a", prefix + "-b", prefix + "-c");
    users.forEach(name -> api.createBackupUser(NewBackupUser.named(name, PASSWORD)));
    api.createBackupUser(NewBackupUser.named(prefix + "-untouched", PASSWORD));

    Api.Answer answer =
        bulk(List.of(users.get(0), users.get(1), users.get(2), prefix + "-nobody"), true, admin);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().getInt("requested")).isEqualTo(4);
    assertThat(answer.json().getInt("changed")).isEqualTo(3);
    assertThat(strings(answer.json(), "notFound")).containsExactly(prefix + "-nobody");
    assertThat(listed(prefix, "enabled")).containsExactlyElementsOf(users);
    assertThat(listed(prefix, "disabled")).containsExactly(prefix + "-untouched");

    Api.Answer again = bulk(users, true, admin);
    assertThat(again.json().getInt("changed")).as("already enabled").isZero();
    Api.Answer off = bulk(List.of(users.get(0)), false, admin);
    assertThat(off.json().getInt("changed")).isEqualTo(1);
    assertThat(listed(prefix, "enabled")).containsExactly(users.get(1), users.get(2));
  }

  @Test
  void bulkChangeIsAuditedWithOldAndNewValue() {
    String name = Api.uniqueName("audited");
    api.createBackupUser(NewBackupUser.named(name, PASSWORD));

    bulk(List.of(name), true, admin);

    Api.Answer trail = api.get("/api/v1/audit?action=TWO_FACTOR_BULK_CHANGED&size=20", admin);
    assertThat(trail.status()).isEqualTo(200);
    assertThat(trail.body()).contains("twoFactorEnabled: false -> true").contains(name);
  }

  @Test
  void perUserChangeIsAuditedWithOldAndNewValue() {
    String name = Api.uniqueName("single");
    api.createBackupUser(NewBackupUser.named(name, PASSWORD));

    api.patch("/api/v1/backup-users/" + name, "{\"twoFactorEnabled\":true}", admin);

    JsonObject last =
        api.get("/api/v1/audit?subject=" + name + "&action=BACKUP_USER_CHANGED", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(last.getString("actor")).isEqualTo("system");
    assertThat(last.getString("detail")).isEqualTo("twoFactorEnabled: false -> true");
  }

  @Test
  void policyGroupRequirementShowsAsRequiredInTheList() {
    String group = Api.uniqueName("strict");
    String name = Api.uniqueName("grouped");
    assertThat(
            api.post(
                    "/api/v1/policy-groups",
                    "{\"name\":\"" + group + "\",\"requireTwoFactor\":false}",
                    admin)
                .status())
        .isEqualTo(201);
    api.createBackupUser(NewBackupUser.named(name, PASSWORD).inGroup(group));

    assertThat(
            api.put(
                    "/api/v1/policy-groups/" + group,
                    "{\"name\":\"" + group + "\",\"requireTwoFactor\":true}",
                    admin)
                .status())
        .isEqualTo(200);

    assertThat(listed(name, "required")).containsExactly(name);
    assertThat(api.get("/api/v1/backup-users/" + name, admin).json().getString("twoFactorState"))
        .isEqualTo("ENFORCED");
    assertThat(api.get("/api/v1/audit?action=POLICY_GROUP_CHANGED&size=50", admin).body())
        .contains("requireTwoFactor: false -> true");
  }

  @Test
  void aSubAdminChangesOnlyItsOwnUsersInBulk() {
    String subAdmin = Api.uniqueName("owner");
    api.createSystemUser(subAdmin, "SUB_ADMIN", PASSWORD);
    String own = Api.uniqueName("own");
    String other = Api.uniqueName("other");
    api.createBackupUser(NewBackupUser.named(own, PASSWORD).ownedBy(subAdmin));
    api.createBackupUser(NewBackupUser.named(other, PASSWORD));

    Api.Answer answer = bulk(List.of(own, other), true, api.token(subAdmin, PASSWORD));

    assertThat(answer.json().getInt("changed")).isEqualTo(1);
    assertThat(strings(answer.json(), "notFound")).containsExactly(other);
    assertThat(
            api.get("/api/v1/backup-users/" + other, admin).json().getBoolean("twoFactorEnabled"))
        .isFalse();
  }

  @Test
  void readOnlyRolesCannotChangeTwoFactorInBulk() {
    String name = Api.uniqueName("guarded");
    api.createBackupUser(NewBackupUser.named(name, PASSWORD));
    for (String role : List.of("READ_ONLY_ADMIN", "READ_ONLY_API_USER")) {
      String reader = Api.uniqueName(role.toLowerCase().replace('_', '-'));
      api.createSystemUser(reader, role, PASSWORD);

      Api.Answer answer = bulk(List.of(name), true, api.token(reader, PASSWORD));

      assertThat(answer.status()).as(role).isEqualTo(403);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
    assertThat(api.get("/api/v1/backup-users/" + name, admin).json().getBoolean("twoFactorEnabled"))
        .isFalse();
  }

  @Test
  void badFilterAndEmptyBulkAreClearErrors() {
    Api.Answer filter = api.get("/api/v1/backup-users?twoFactor=sometimes", admin);
    Api.Answer empty =
        api.post("/api/v1/backup-users/two-factor", "{\"loginNames\":[],\"enabled\":true}", admin);

    assertThat(filter.status()).isEqualTo(400);
    assertThat(filter.json().getString("detail")).contains("enabled, disabled, required");
    assertThat(empty.status()).isEqualTo(400);
  }

  private Api.Answer bulk(List<String> names, boolean enabled, String token) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    names.forEach(array::add);
    return api.post(
        "/api/v1/backup-users/two-factor",
        Json.createObjectBuilder()
            .add("loginNames", array)
            .add("enabled", enabled)
            .build()
            .toString(),
        token);
  }

  private List<String> listed(String loginName, String twoFactor) {
    Api.Answer page =
        api.get(
            "/api/v1/backup-users?loginName=" + loginName + "&twoFactor=" + twoFactor + "&size=100",
            admin);
    assertThat(page.status()).isEqualTo(200);
    return page.json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("loginName"))
        .toList();
  }

  private static List<String> strings(JsonObject object, String field) {
    return object.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
