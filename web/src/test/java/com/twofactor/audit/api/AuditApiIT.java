package com.twofactor.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.ConsoleClient;
import com.twofactor.it.RunningApp;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.totp.entity.TotpAlgorithm;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail over HTTP: creates and renames are on it, with the source address of the API or
 * console request that made them; a bulk change names every user; login names that are not valid
 * are counted, never stored; bad filters are answered 400.
 */
@ExtendWith(RunningApp.class)
class AuditApiIT {

  private static final String PASSWORD = "a-good-password";
  private static final String LOOPBACK = "127.0.0.1";

  private Api api;
  private String admin;

  @BeforeEach
  void connect() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
  }

  @Test
  void createsThroughTheApiAreAuditedWithTheirSourceAddress() {
    String group = Api.uniqueName("group");
    String backupUser = Api.uniqueName("created");
    String systemUser = Api.uniqueName("admin");

    assertThat(
            api.post(
                    "/api/v1/policy-groups",
                    "{\"name\":\"" + group + "\",\"requireTwoFactor\":true}",
                    admin)
                .status())
        .isEqualTo(201);
    api.createBackupUser(backupUser, PASSWORD, true);
    api.createSystemUser(systemUser, "READ_ONLY_ADMIN", PASSWORD);

    JsonObject groupLine = onlyLine("policy group " + group, "POLICY_GROUP_CREATED");
    assertThat(groupLine.getString("detail")).isEqualTo("requireTwoFactor: true");
    JsonObject userLine = onlyLine(backupUser, "BACKUP_USER_CREATED");
    assertThat(userLine.getString("detail"))
        .contains("type: PAID", "policyGroup: Default", "twoFactorEnabled: true");
    JsonObject adminLine = onlyLine(systemUser, "SYSTEM_USER_CREATED");
    assertThat(adminLine.getString("detail")).contains("role: READ_ONLY_ADMIN");
    for (JsonObject line : List.of(groupLine, userLine, adminLine)) {
      assertThat(line.getString("actor")).isEqualTo("system");
      assertThat(line.getString("outcome")).isEqualTo("SUCCESS");
      assertThat(line.getString("sourceAddress", null)).isEqualTo(LOOPBACK);
      assertThat(line.getInt("count")).isEqualTo(1);
    }
  }

  @Test
  void aConsoleChangeIsAuditedWithTheBrowsersAddress() {
    String group = Api.uniqueName("console");
    api.post("/api/v1/policy-groups", "{\"name\":\"" + group + "\"}", admin);
    ConsoleClient console =
        ConsoleClient.login(RunningApp.baseUrl(), "system", RunningApp.adminPassword());

    Map<String, String> form = new LinkedHashMap<>();
    form.put("group", "group");
    form.put("group:name", group + "-renamed");
    form.put("group:requireTwoFactor_input", "on");
    form.put("group:save", "");
    Api.Answer saved = console.submit("/admin/policy/policy-group.xhtml?name=" + group, form);

    assertThat(saved.status()).isLessThan(400);
    JsonObject line = onlyLine("policy group " + group, "POLICY_GROUP_CHANGED");
    assertThat(line.getString("detail")).contains("name: " + group + " -> " + group + "-renamed");
    assertThat(line.getString("sourceAddress", null)).isEqualTo(LOOPBACK);
  }

  @Test
  void renamingAndFailedPairingOfOnesDeviceAreAudited() {
    String app = api.get("/api/v1/settings/two-factor", admin).json().getString("authenticatorApp");
    boolean branded = "BRANDED_MOBILE_APP".equals(app);
    if (branded) {
      setApp("GOOGLE");
    }
    try {
      String user = Api.uniqueName("renamer");
      api.createBackupUser(user, PASSWORD, false);
      String token = api.token(user, PASSWORD);
      api.stepUpWithPassword(token, PASSWORD);
      JsonObject offer = api.post("/api/v1/me/devices/pairing", "{}", token).json();
      long device = offer.getJsonNumber("deviceId").longValue();
      byte[] secret = secretOf(offer.getString("otpauthUri"));
      Totp totp = new Totp(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30));
      String good = totp.code(secret, totp.stepAt(Instant.now()));

      Api.Answer wrong = confirm(device, wrongCode(totp, secret), token);
      assertThat(wrong.status()).isEqualTo(400);
      assertThat(confirm(device, good, token).status()).isEqualTo(200);
      Api.Answer renamed =
          api.patch("/api/v1/me/devices/" + device, "{\"name\":\"Work phone\"}", token);
      assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

      JsonObject failed = onlyLine(user, "PAIRING_FAILED");
      assertThat(failed.getString("outcome")).isEqualTo("FAILURE");
      assertThat(failed.getString("sourceAddress", null)).isEqualTo(LOOPBACK);
      JsonObject line = onlyLine(user, "DEVICE_RENAMED");
      assertThat(line.getString("actor")).isEqualTo(user);
      assertThat(line.getString("detail")).isEqualTo("name: My phone -> Work phone");
      assertThat(line.getString("sourceAddress", null)).isEqualTo(LOOPBACK);
    } finally {
      if (branded) {
        setApp(app);
      }
    }
  }

  @Test
  void aBulkChangeOf300UsersNamesEveryOne() throws Exception {
    String prefix = Api.uniqueName("bulk300");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      users.add(String.format("%s-user-%03d", prefix, i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> created = new ArrayList<>();
      for (String user : users) {
        created.add(pool.submit(() -> api.createBackupUser(user, PASSWORD, false)));
      }
      for (Future<?> done : created) {
        done.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    users.forEach(names::add);

    Api.Answer bulk =
        api.post(
            "/api/v1/backup-users/two-factor",
            Json.createObjectBuilder()
                .add("loginNames", names)
                .add("enabled", true)
                .build()
                .toString(),
            admin);
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);

    JsonObject line = onlyLine("300 backup users", "TWO_FACTOR_BULK_CHANGED", prefix);
    String detail = line.getString("detail");
    assertThat(detail).startsWith("twoFactorEnabled: false -> true for 300 backup users: ");
    for (String user : users) {
      assertThat(detail).contains(user);
    }
    assertThat(detail).endsWith(users.get(299));
  }

  @Test
  void loginNamesThatAreNotValidAreCountedAndNeverStored() {
    int before = invalidNameCount();
    String marker = "zq" + Long.toString(System.nanoTime(), 36);

    Api.Answer huge = api.login(marker + "x".repeat(5_000), "whatever");
    Api.Answer newline = api.login(marker + "\nLOGIN_FAILED system", "whatever");
    Api.Answer markup = api.login("<img src=x>" + marker, "whatever");

    assertThat(huge.status()).isBetween(400, 499);
    assertThat(newline.status()).isEqualTo(401);
    assertThat(markup.status()).isEqualTo(401);
    assertThat(invalidNameCount()).as("both refused logins counted").isEqualTo(before + 2);
    String trail = api.get("/api/v1/audit?size=200", admin).body();
    assertThat(trail).doesNotContain(marker);
  }

  @Test
  void badFiltersAreAnswered400NotAServerError() {
    List<String> queries =
        List.of(
            "actor=" + "a".repeat(200),
            "subject=" + "s".repeat(5_000),
            "action=" + encode("LOGIN\nFAILED"),
            "actor=" + encode("a\u0000b"),
            "from=yesterday",
            "from=" + encode("+100000-01-01T00:00:00Z"),
            "to=" + encode("-5000-01-01T00:00:00Z"));
    for (String query : queries) {
      Api.Answer answer = api.get("/api/v1/audit?" + query, admin);
      assertThat(answer.status()).as(query).isEqualTo(400);
      assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
      assertThat(answer.body()).as(query).doesNotContain("sss", "Exception");
    }
    assertThat(api.get("/api/v1/audit?actor=" + encode("%_\\"), admin).status())
        .as("no pattern characters")
        .isEqualTo(200);
  }

  private int invalidNameCount() {
    JsonObject page = api.get("/api/v1/audit?action=LOGIN_NAME_NOT_VALID&size=500", admin).json();
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(line -> LOOPBACK.equals(line.getString("sourceAddress", null)))
        .mapToInt(line -> line.getInt("count"))
        .sum();
  }

  private JsonObject onlyLine(String subject, String action) {
    return onlyLine(subject, action, "");
  }

  /** The one line of this subject and action whose detail contains {@code inDetail}. */
  private JsonObject onlyLine(String subject, String action, String inDetail) {
    Api.Answer answer =
        api.get(
            "/api/v1/audit?subject=" + encode(subject) + "&action=" + action + "&size=200", admin);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<JsonObject> lines =
        answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(line -> line.getString("detail", "").contains(inDetail))
            .toList();
    assertThat(lines).as("lines of %s %s", subject, action).hasSize(1);
    return lines.get(0);
  }

  private Api.Answer confirm(long device, String code, String token) {
    return api.post(
        "/api/v1/me/devices/" + device + "/confirm",
        Json.createObjectBuilder()
            .add("code", code)
            .add("deviceName", "My phone")
            .build()
            .toString(),
        token);
  }

  /** Chooses the authenticator app, keeping every other setting as it is. */
  private void setApp(String app) {
    JsonObject current = api.get("/api/v1/settings/two-factor", admin).json();
    var change =
        Json.createObjectBuilder()
            .add("version", current.getJsonNumber("version").longValue())
            .add("mobileAuthentication", current.getBoolean("mobileAuthentication"))
            .add("authenticatorApp", app)
            .add("requireForSystemUsers", current.getBoolean("requireForSystemUsers"));
    if (current.get("thirdPartyName") instanceof JsonString name) {
      change.add("thirdPartyName", name.getString());
    }
    if (current.get("host") instanceof JsonObject host) {
      change.add(
          "host",
          Json.createObjectBuilder()
              .add("protocol", host.getString("protocol"))
              .add("name", host.getString("name"))
              .add("port", host.getInt("port")));
    }
    Api.Answer changed = api.put("/api/v1/settings/two-factor", change.build().toString(), admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
  }

  private static byte[] secretOf(String otpauthUri) {
    for (String pair : URI.create(otpauthUri).getRawQuery().split("&")) {
      if (pair.startsWith("secret=")) {
        return TotpSecrets.fromBase32(
            URLDecoder.decode(pair.substring("secret=".length()), StandardCharsets.UTF_8));
      }
    }
    throw new AssertionError("no secret in the pairing URI");
  }

  /** A code no step near now produces. */
  private static String wrongCode(Totp totp, byte[] secret) {
    long now = totp.stepAt(Instant.now());
    for (int candidate = 0; candidate < 1_000_000; candidate += 7919) {
      String code = String.format("%06d", candidate);
      boolean near = false;
      for (long step = now - 2; step <= now + 2; step++) {
        near |= totp.code(secret, step).equals(code);
      }
      if (!near) {
        return code;
      }
    }
    throw new AssertionError("no wrong code found");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
