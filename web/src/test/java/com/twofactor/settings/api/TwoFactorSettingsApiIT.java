package com.twofactor.settings.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import com.twofactor.testing.LoopbackHost;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two-factor settings over HTTP, against the shared running application. Every test puts the
 * settings back to the defaults of a fresh install, so other tests log in as before.
 */
@ExtendWith(RunningApp.class)
class TwoFactorSettingsApiIT {

  private static final String SETTINGS = "/api/v1/settings/two-factor";
  private static final String HOST_TEST = SETTINGS + "/host-test";
  private static final String PASSWORD = "a-good-password";

  private static LoopbackHost readyHost;
  private static LoopbackHost selfSignedHost;

  private Api api;
  private String admin;

  @BeforeAll
  static void startHosts() {
    readyHost = LoopbackHost.http("/health/ready", 200);
    selfSignedHost =
        LoopbackHost.selfSignedHttps(
            "/health/ready",
            200,
            Path.of(System.getProperty("it.workDir", "target/it"), "host-test-keys"));
  }

  @AfterAll
  static void stopHosts() {
    readyHost.close();
    selfSignedHost.close();
  }

  @BeforeEach
  void connect() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
  }

  @AfterEach
  void restoreDefaults() {
    Api.Answer restored =
        api.put(
            SETTINGS,
            change(version())
                .add("mobileAuthentication", false)
                .add("authenticatorApp", "BRANDED_MOBILE_APP")
                .add("requireForSystemUsers", false)
                .build()
                .toString(),
            admin);
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
  }

  @Test
  void defaultsHaveMobileAuthenticationOffAndTheBrandedApp() {
    Api.Answer answer = api.get(SETTINGS, admin);

    assertThat(answer.status()).isEqualTo(200);
    JsonObject settings = answer.json();
    assertThat(settings.getBoolean("mobileAuthentication")).isFalse();
    assertThat(settings.getString("authenticatorApp")).isEqualTo("BRANDED_MOBILE_APP");
    assertThat(settings.getBoolean("requireForSystemUsers")).isFalse();
    assertThat(settings.getString("twilio")).isEqualTo("NONE");
    assertThat(settings.containsKey("host")).isFalse();
    assertThat(settings.getJsonNumber("version")).isNotNull();
  }

  @Test
  void adminChangesTheSettingsAndReadsThemBack() {
    long version = version();

    Api.Answer saved =
        api.put(
            SETTINGS,
            change(version)
                .add("mobileAuthentication", true)
                .add("authenticatorApp", "MICROSOFT")
                .add("host", host("HTTPS", "CBS.Example.com", 8443))
                .add("requireForSystemUsers", false)
                .build()
                .toString(),
            admin);
    JsonObject read = api.get(SETTINGS, admin).json();

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().getJsonNumber("version").longValue()).isEqualTo(version + 1);
    assertThat(read).isEqualTo(saved.json());
    assertThat(read.getBoolean("mobileAuthentication")).isTrue();
    assertThat(read.getString("authenticatorApp")).isEqualTo("MICROSOFT");
    JsonObject host = read.getJsonObject("host");
    assertThat(host.getString("protocol")).isEqualTo("https");
    assertThat(host.getString("name")).isEqualTo("cbs.example.com");
    assertThat(host.getInt("port")).isEqualTo(8443);
    assertThat(host.containsKey("lastTestedAt")).isFalse();
  }

  @Test
  void thirdPartyAppIsSavedWithItsDisplayName() {
    Api.Answer saved =
        api.put(
            SETTINGS,
            change(version())
                .add("mobileAuthentication", true)
                .add("authenticatorApp", "THIRD_PARTY")
                .add("thirdPartyName", "MyAuthenticator")
                .build()
                .toString(),
            admin);

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(api.get(SETTINGS, admin).json().getString("thirdPartyName"))
        .isEqualTo("MyAuthenticator");
  }

  @Test
  void changeBasedOnAnOutdatedVersionIsAConflict() {
    long version = version();
    String first = googleApp(version).toString();
    assertThat(api.put(SETTINGS, first, admin).status()).isEqualTo(200);

    Api.Answer stale = api.put(SETTINGS, microsoftApp(version).toString(), admin);

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().getString("detail")).contains("changed by someone else");
    assertThat(api.get(SETTINGS, admin).json().getString("authenticatorApp")).isEqualTo("GOOGLE");
  }

  @Test
  void invalidHostNameIsABadRequestThatSaysWhy() {
    Api.Answer answer =
        api.put(
            SETTINGS,
            change(version())
                .add("authenticatorApp", "BRANDED_MOBILE_APP")
                .add("host", host("https", "not a host!", 443))
                .build()
                .toString(),
            admin);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getString("detail"))
        .contains("fully qualified domain name")
        .contains("IP address");
  }

  @Test
  void brandedAppNeedsAHostWhileMobileAuthenticationIsOn() {
    Api.Answer answer =
        api.put(
            SETTINGS,
            change(version())
                .add("mobileAuthentication", true)
                .add("authenticatorApp", "BRANDED_MOBILE_APP")
                .build()
                .toString(),
            admin);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().getString("detail")).contains("host name registration");
  }

  @Test
  void thirdPartyAppWithoutDisplayNameIsABadRequest() {
    Api.Answer answer =
        api.put(
            SETTINGS,
            change(version())
                .add("mobileAuthentication", true)
                .add("authenticatorApp", "THIRD_PARTY")
                .add("thirdPartyName", "  ")
                .build()
                .toString(),
            admin);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().getString("detail")).contains("display name");
  }

  @Test
  void changeWithoutVersionIsABadRequest() {
    Api.Answer answer = api.put(SETTINGS, "{\"authenticatorApp\":\"GOOGLE\"}", admin);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().getString("detail")).contains("version");
  }

  @Test
  void readOnlyRolesAndApiUsersReadButOnlyAdminsChange() {
    for (String role : List.of("READ_ONLY_ADMIN", "READ_ONLY_API_USER", "API_USER")) {
      String name = Api.uniqueName(role.toLowerCase().replace('_', '-'));
      api.createSystemUser(name, role, PASSWORD);
      String token = api.token(name, PASSWORD);

      Api.Answer read = api.get(SETTINGS, token);
      Api.Answer change =
          api.put(
              SETTINGS,
              googleApp(read.json().getJsonNumber("version").longValue()).toString(),
              token);
      Api.Answer test = api.post(HOST_TEST, readyHostBody().toString(), token);

      assertThat(read.status()).as(role).isEqualTo(200);
      assertThat(change.status()).as(role).isEqualTo(403);
      assertThat(change.contentType()).as(role).startsWith("application/problem+json");
      assertThat(test.status()).as(role).isEqualTo(403);
    }
    assertThat(api.get(SETTINGS, admin).json().getString("authenticatorApp"))
        .isEqualTo("BRANDED_MOBILE_APP");
  }

  @Test
  void subAdminNeitherReadsNorChanges() {
    String name = Api.uniqueName("reseller");
    api.createSystemUser(name, "SUB_ADMIN", PASSWORD);
    String token = api.token(name, PASSWORD);

    assertThat(api.get(SETTINGS, token).status()).isEqualTo(403);
    assertThat(api.put(SETTINGS, googleApp(version()).toString(), token).status()).isEqualTo(403);
  }

  @Test
  void everyChangeIsAuditedFieldByField() {
    String displayName = "Authenticator-" + UUID.randomUUID().toString().substring(0, 8);
    api.put(
        SETTINGS,
        change(version())
            .add("authenticatorApp", "THIRD_PARTY")
            .add("thirdPartyName", displayName)
            .add("requireForSystemUsers", true)
            .build()
            .toString(),
        admin);

    JsonObject entry = auditEntry("SETTINGS_CHANGED", displayName);

    assertThat(entry.getString("actor")).isEqualTo("system");
    assertThat(entry.getString("subject")).isEqualTo("two-factor settings");
    assertThat(entry.getString("outcome")).isEqualTo("SUCCESS");
    assertThat(entry.getString("detail"))
        .contains("authenticatorApp: BRANDED_MOBILE_APP -> THIRD_PARTY")
        .contains("thirdPartyName: none -> " + displayName)
        .contains("requireForSystemUsers: false -> true")
        .doesNotContain("mobileAuthentication");
  }

  @Test
  void hostTestOfTheSavedHostPassesAndIsRecordedWithoutANewVersion() {
    api.put(
        SETTINGS,
        change(version())
            .add("authenticatorApp", "BRANDED_MOBILE_APP")
            .add("host", readyHostBody())
            .build()
            .toString(),
        admin);
    long version = version();

    Api.Answer test = api.post(HOST_TEST, "{}", admin);
    JsonObject read = api.get(SETTINGS, admin).json();

    assertThat(test.status()).as(test.body()).isEqualTo(200);
    JsonObject result = test.json();
    assertThat(result.getBoolean("success")).as(result.toString()).isTrue();
    assertThat(result.getString("result")).isEqualTo("ANSWERED");
    assertThat(result.getBoolean("recorded")).isTrue();
    assertThat(read.getJsonObject("host").getString("lastTestedAt"))
        .isEqualTo(result.getString("testedAt"));
    assertThat(read.getJsonNumber("version").longValue()).isEqualTo(version);
    assertThat(
            auditEntry("HOST_TESTED", "http://127.0.0.1:" + readyHost.port()).getString("outcome"))
        .isEqualTo("SUCCESS");
  }

  @Test
  void hostTestOfAnEnteredHostRecordsNothing() {
    Api.Answer test = api.post(HOST_TEST, readyHostBody().toString(), admin);

    assertThat(test.status()).as(test.body()).isEqualTo(200);
    assertThat(test.json().getBoolean("success")).isTrue();
    assertThat(test.json().getBoolean("recorded")).isFalse();
    assertThat(api.get(SETTINGS, admin).json().containsKey("host")).isFalse();
  }

  @Test
  void hostTestOfAPortWithNothingListeningSaysItCouldNotConnect() throws Exception {
    int unused;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      unused = socket.getLocalPort();
    }

    Api.Answer test =
        api.post(HOST_TEST, host("http", "127.0.0.1", unused).build().toString(), admin);

    assertThat(test.status()).isEqualTo(200);
    assertThat(test.json().getBoolean("success")).isFalse();
    assertThat(test.json().getString("result")).isEqualTo("CONNECT_FAILED");
    assertThat(test.json().getString("message")).startsWith("Could not connect");
    assertThat(auditEntry("HOST_TESTED", ":" + unused).getString("outcome")).isEqualTo("FAILURE");
  }

  @Test
  void hostTestOfASelfSignedCertificateSaysItIsNotTrustedAndWhatToDo() {
    Api.Answer test =
        api.post(
            HOST_TEST, host("https", "127.0.0.1", selfSignedHost.port()).build().toString(), admin);

    assertThat(test.status()).isEqualTo(200);
    JsonObject result = test.json();
    assertThat(result.getBoolean("success")).isFalse();
    assertThat(result.getString("result")).isEqualTo("UNTRUSTED_CERTIFICATE");
    assertThat(result.getString("message"))
        .contains("not trusted")
        .contains("self-signed")
        .contains("trusted certificate authority")
        .contains("use http")
        .contains("third-party authenticator app");
  }

  @Test
  void hostTestWithoutAnyHostIsABadRequest() {
    Api.Answer test = api.post(HOST_TEST, "{}", admin);

    assertThat(test.status()).isEqualTo(400);
    assertThat(test.json().getString("detail")).contains("No host is registered");
  }

  @Test
  void hostTestOfAnInvalidHostNameIsABadRequest() {
    Api.Answer test =
        api.post(HOST_TEST, host("http", "localhost", 8080).build().toString(), admin);

    assertThat(test.status()).isEqualTo(400);
    assertThat(test.json().getString("detail")).contains("fully qualified domain name");
  }

  private long version() {
    return api.get(SETTINGS, admin).json().getJsonNumber("version").longValue();
  }

  private static JsonObjectBuilder change(long version) {
    return Json.createObjectBuilder().add("version", version);
  }

  private static JsonObjectBuilder host(String protocol, String name, int port) {
    return Json.createObjectBuilder().add("protocol", protocol).add("name", name).add("port", port);
  }

  private static JsonObject readyHostBody() {
    return host("http", "127.0.0.1", readyHost.port()).build();
  }

  private static JsonObject googleApp(long version) {
    return change(version).add("authenticatorApp", "GOOGLE").build();
  }

  private static JsonObject microsoftApp(long version) {
    return change(version).add("authenticatorApp", "MICROSOFT").build();
  }

  /** The newest audit entry of this action whose detail mentions the given text. */
  private JsonObject auditEntry(String action, String detailPart) {
    Api.Answer trail = api.get("/api/v1/audit?action=" + action + "&size=100", admin);
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    return trail.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(entry -> entry.getString("detail", "").contains(detailPart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + action + " entry with " + detailPart));
  }
}
