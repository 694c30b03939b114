package com.twofactor.sms.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.ItDatabase;
import com.twofactor.it.LegacyApp;
import com.twofactor.it.MicroServer;
import com.twofactor.it.RunningApp;
import com.twofactor.it.TwilioServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The life of Twilio on an upgraded install, on servers of their own: imported once (a restart with
 * the legacy file back in place imports nothing), the auth token absent from the raw database and
 * the log, then switched off for good, by switching mobile authentication on or by switching Twilio
 * off, after which every attempt to set it up again is refused, even a restart with the legacy
 * file.
 */
class TwilioRetirementIT {

  @Test
  void importedOnceThenRetiredForGoodBySwitchingMobileAuthenticationOn() throws Exception {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "retire");
    RunningApp.deleteRecursively(work);
    try (TwilioServer twilio = new TwilioServer()) {
      List<String> options = LegacyApp.options(work, "retire", twilio.baseUrl());
      try (MicroServer server = new MicroServer(work, options).start()) {
        Api api = new Api(server.baseUrl());
        String admin = api.token("system", LegacyApp.ADMIN_PASSWORD);
        assertThat(api.get("/api/v1/settings/twilio", admin).status()).isEqualTo(200);
        assertThat(work.resolve("twilio.properties.imported")).exists();
        assertThat(TwilioSettingsApiIT.twilioChannel(api)).isEqualTo("UNKNOWN: no SMS sent yet");
      }
      if ("h2".equals(ItDatabase.kind())) {
        String stored = storedAuthToken(work);
        assertThat(stored).startsWith("v2:").doesNotContain(LegacyApp.AUTH_TOKEN);
      }

      LegacyApp.writeLegacyFile(work);
      try (MicroServer server = new MicroServer(work, options).start()) {
        Api api = new Api(server.baseUrl());
        String admin = api.token("system", LegacyApp.ADMIN_PASSWORD);
        assertThat(api.get("/api/v1/audit?action=TWILIO_IMPORTED", admin).json().getInt("total"))
            .isEqualTo(1);
        assertThat(server.logOfThisStart()).contains("imported before");

        JsonObject settings = api.get("/api/v1/settings/two-factor", admin).json();
        long version = settings.getJsonNumber("version").longValue();
        Api.Answer unconfirmed =
            api.put("/api/v1/settings/two-factor", mobileOn(version, false), admin);
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("deletes Twilio Credentials Verification");
        assertThat(api.get("/api/v1/settings/twilio", admin).status()).isEqualTo(200);

        Api.Answer switched =
            api.put("/api/v1/settings/two-factor", mobileOn(version, true), admin);
        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(switched.json().getString("twilio")).isEqualTo("RETIRED");
        assertRefusedForGood(api, admin);
        assertThat(api.get("/api/v1/audit?action=TWILIO_RETIRED", admin).body())
            .contains("mobile authentication")
            .contains("phone number(s) deleted");
        assertThat(Files.readString(server.log(), StandardCharsets.ISO_8859_1))
            .doesNotContain(LegacyApp.AUTH_TOKEN);
      }

      LegacyApp.writeLegacyFile(work);
      try (MicroServer server = new MicroServer(work, options).start()) {
        Api api = new Api(server.baseUrl());
        String admin = api.token("system", LegacyApp.ADMIN_PASSWORD);
        assertRefusedForGood(api, admin);
        assertThat(server.logOfThisStart()).contains("switched off for good");
      }
    }
  }

  @Test
  void switchingTwilioOffAsksForConfirmationThenDeletesItForGood() {
    Path work =
        Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "twilio-off");
    RunningApp.deleteRecursively(work);
    try (TwilioServer twilio = new TwilioServer();
        MicroServer server =
            new MicroServer(work, LegacyApp.options(work, "twilio_off", twilio.baseUrl()))
                .start()) {
      Api api = new Api(server.baseUrl());
      String admin = api.token("system", LegacyApp.ADMIN_PASSWORD);
      api.stepUpWithPassword(admin, LegacyApp.ADMIN_PASSWORD);
      Api.Answer unconfirmed = api.delete("/api/v1/settings/twilio", admin);
      assertThat(unconfirmed.status()).isEqualTo(400);
      assertThat(unconfirmed.body()).contains("Switching off Twilio Credentials Verification");

      // An open SMS login, its passcode sent, ends with the switch.
      String name = Api.uniqueName("sms");
      assertThat(
              api.post(
                      "/api/v1/backup-users",
                      "{\"loginName\":\""
                          + name
                          + "\",\"password\":\"sms-Password-1\",\"type\":\"PAID\","
                          + "\"twoFactorEnabled\":true}",
                      admin)
                  .status())
          .isEqualTo(201);
      String phones = "/api/v1/accounts/" + name + "/phones";
      long phoneId =
          api.post(phones, "{\"country\":\"HK\",\"number\":\"92153700\"}", admin)
              .json()
              .getJsonNumber("id")
              .longValue();
      api.post(phones + "/" + phoneId + "/verify", "{}", admin);
      api.post(
          phones + "/" + phoneId + "/verify",
          "{\"passcode\":\"" + twilio.lastPasscodeTo("+85292153700") + "\"}",
          admin);
      String login =
          api.post(
                  "/api/v1/auth/login",
                  "{\"loginName\":\""
                      + name
                      + "\",\"password\":\"sms-Password-1\",\"client\":{\"type\":\"API\"}}",
                  null)
              .json()
              .getString("challengeId");
      String challenge = "/api/v1/auth/challenges/" + login;
      assertThat(api.post(challenge + "/sms", "{\"phoneId\":" + phoneId + "}", null).status())
          .isEqualTo(200);
      String passcode = twilio.lastPasscodeTo("+85292153700");

      Api.Answer off = api.delete("/api/v1/settings/twilio?confirm=true", admin);
      assertThat(off.status()).as(off.body()).isEqualTo(200);
      assertThat(off.json().getString("twilio")).isEqualTo("RETIRED");
      assertRefusedForGood(api, admin);
      assertThat(api.delete("/api/v1/settings/twilio?confirm=true", admin).status()).isEqualTo(409);
      assertThat(
              api.post(challenge + "/sms/verify", "{\"passcode\":\"" + passcode + "\"}", null)
                  .status())
          .isEqualTo(410);
      assertThat(api.get(phones, admin).jsonArray()).isEmpty();
      assertThat(api.login(name, "sms-Password-1").json().getString("status"))
          .isEqualTo("AUTHENTICATED");
    }
  }

  private static void assertRefusedForGood(Api api, String admin) {
    Api.Answer read = api.get("/api/v1/settings/twilio", admin);
    assertThat(read.status()).isEqualTo(409);
    assertThat(read.body()).contains("switched off for good");
    assertThat(
            api.put(
                    "/api/v1/settings/twilio",
                    TwilioSettingsApiIT.changes(0, 6, "new-token"),
                    admin)
                .status())
        .isEqualTo(409);
    assertThat(
            api.post(
                    "/api/v1/settings/twilio/test",
                    "{\"country\":\"HK\",\"number\":\"92153799\"}",
                    admin)
                .status())
        .isEqualTo(409);
    assertThat(api.get("/api/v1/accounts/user01/phones", admin).jsonArray()).isEmpty();
    assertThat(
            api.post(
                    "/api/v1/accounts/user01/phones",
                    "{\"country\":\"HK\",\"number\":\"92153799\"}",
                    admin)
                .status())
        .isEqualTo(409);
    assertThat(api.get("/api/v1/settings/two-factor", admin).json().getString("twilio"))
        .isEqualTo("RETIRED");
    assertThat(TwilioSettingsApiIT.twilioChannel(api)).startsWith("NOT_CONFIGURED: ");
  }

  private static String mobileOn(long version, boolean confirm) {
    return Json.createObjectBuilder()
        .add("version", version)
        .add("mobileAuthentication", true)
        .add("authenticatorApp", "GOOGLE")
        .add("requireForSystemUsers", false)
        .add("confirmTwilioRemoval", confirm)
        .build()
        .toString();
  }

  private static String storedAuthToken(Path work) throws Exception {
    String url = "jdbc:h2:file:" + work.resolve("data").resolve("twofactor").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url, "twofactor", "twofactor");
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT auth_token_ciphertext FROM twilio_secret")) {
      assertThat(row.next()).isTrue();
      return row.getString(1);
    }
  }
}
