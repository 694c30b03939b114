package com.twofactor.sms.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.LegacyApp;
import com.twofactor.it.TwilioServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logging in with an SMS passcode on an upgraded install, over HTTP, with the passcode read from
 * what the Twilio-compatible server on loopback received: the masked number, prefix and limits;
 * legacy clients with and without the skip; an account that must have SMS but has no number
 * enrolling one at login, within the account's bound on verification SMS.
 */
@ExtendWith(LegacyApp.class)
class SmsLoginApiIT {

  private static final String PASSWORD = "sms-login-Password-1";

  private final Api api = LegacyApp.api();
  private final String admin = LegacyApp.steppedUpAdminToken();
  private final TwilioServer twilio = LegacyApp.twilio();

  @Test
  void passcodeFromTheSmsFinishesTheLoginAndWrongOnesDoNot() {
    Enrolled user = enrolledUser();
    JsonObject challenge = login(user.name, "OBM", "10.1.0.0").json();
    assertThat(challenge.getString("status")).isEqualTo("CHALLENGE");
    assertThat(challenge.getJsonArray("methods").toString()).isEqualTo("[\"SMS\"]");
    String id = challenge.getString("challengeId");

    Api.Answer phones = api.get("/api/v1/auth/challenges/" + id + "/sms", null);
    assertThat(phones.jsonArray().getJsonObject(0).getString("masked"))
        .isEqualTo("Hong Kong (+852) - ****" + user.e164.substring(user.e164.length() - 4));

    JsonObject sent = send(id, user.phoneId).json();
    assertThat(sent.getString("maskedNumber"))
        .endsWith(user.e164.substring(user.e164.length() - 4));
    assertThat(sent.getString("prefix")).matches("[A-Z]{4}");
    assertThat(sent.containsKey("expiresAt")).isTrue();
    assertThat(sent.containsKey("resendAllowedAt")).isTrue();
    String passcode = twilio.lastPasscodeTo(user.e164);
    assertThat(passcode).matches(sent.getString("prefix") + "-[0-9]{6}");

    String wrongPrefix = (passcode.startsWith("A") ? "B" : "A") + passcode.substring(1);
    assertThat(verify(id, wrongPrefix).status()).isEqualTo(401);
    String wrongDigits = passcode.substring(0, 5) + flip(passcode.substring(5));
    assertThat(verify(id, wrongDigits).status()).isEqualTo(401);
    Api.Answer done = verify(id, passcode.substring(5));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().getString("status")).isEqualTo("AUTHENTICATED");
    assertThat(verify(id, passcode).status()).isEqualTo(410);
  }

  @Test
  void resendWaitsForTheCooldown() {
    Enrolled user = enrolledUser();
    String id = login(user.name, "API", null).json().getString("challengeId");
    long before = twilio.countTo(user.e164);
    assertThat(send(id, user.phoneId).status()).isEqualTo(200);
    Api.Answer again = send(id, user.phoneId);
    assertThat(again.status()).isEqualTo(429);
    assertThat(again.body()).contains("you can resend it at");
    assertThat(twilio.countTo(user.e164)).isEqualTo(before + 1);
  }

  @Test
  void tooManyWrongPasscodesEndTheLoginAndCountAsFailures() {
    Enrolled user = enrolledUser();
    String id = login(user.name, "API", null).json().getString("challengeId");
    send(id, user.phoneId);
    String passcode = twilio.lastPasscodeTo(user.e164);
    String wrong = passcode.substring(0, 5) + flip(passcode.substring(5));
    for (int i = 1; i < 5; i++) {
      assertThat(verify(id, wrong).status()).isEqualTo(401);
    }
    assertThat(verify(id, wrong).status()).isEqualTo(410);
    assertThat(verify(id, passcode).status()).isEqualTo(410);
    assertThat(api.get("/api/v1/audit?subject=" + user.name + "&action=SMS_FAILED", admin).body())
        .contains("wrong code");
  }

  @Test
  void resendLimitAndExpiryHold() throws Exception {
    Enrolled user = enrolledUser();
    long version =
        api.get("/api/v1/settings/twilio", admin).json().getJsonNumber("version").longValue();
    Api.Answer noCooldown = api.put("/api/v1/settings/twilio", limits(version, 0, 1), admin);
    assertThat(noCooldown.status()).as(noCooldown.body()).isEqualTo(200);
    try {
      String id = login(user.name, "API", null).json().getString("challengeId");
      for (int i = 0; i < 5; i++) {
        assertThat(send(id, user.phoneId).status()).isEqualTo(200);
      }
      Api.Answer sixth = send(id, user.phoneId);
      assertThat(sixth.status()).isEqualTo(429);
      assertThat(sixth.body()).contains("resent too many times");

      String other = login(user.name, "API", null).json().getString("challengeId");
      send(other, user.phoneId);
      String passcode = twilio.lastPasscodeTo(user.e164);
      Thread.sleep(61_000);
      Api.Answer expired = verify(other, passcode);
      assertThat(expired.status()).isEqualTo(401);
      assertThat(expired.body()).contains("expired");
    } finally {
      long now =
          api.get("/api/v1/settings/twilio", admin).json().getJsonNumber("version").longValue();
      api.put("/api/v1/settings/twilio", limits(now, 1, 5), admin);
    }
  }

  @Test
  void legacyClientsSkipOnlyWhenAllowed() {
    Enrolled user = enrolledUser();
    Api.Answer refused = login(user.name, "OBM", "8.2.0.0");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body())
        .contains("legacy client")
        .contains("scheduled and continuous backups")
        .contains("Upgrade the client to version 8.3.0.30");
    assertThat(login(user.name, "OBM", "8.3.0.30").json().getString("status"))
        .isEqualTo("CHALLENGE");

    JsonObject current = api.get("/api/v1/settings/twilio", admin).json();
    String skip =
        TwilioSettingsApiIT.changes(current.getJsonNumber("version").longValue(), 6, null)
            .replace("\"allowLegacyClientSkip\":false", "\"allowLegacyClientSkip\":true");
    assertThat(api.put("/api/v1/settings/twilio", skip, admin).status()).isEqualTo(200);
    try {
      assertThat(login(user.name, "OBM", "8.2.0.0").json().getString("status"))
          .isEqualTo("AUTHENTICATED");
      assertThat(login(user.name, "OBM", "8.3.0.30").json().getString("status"))
          .isEqualTo("CHALLENGE");
    } finally {
      long now =
          api.get("/api/v1/settings/twilio", admin).json().getJsonNumber("version").longValue();
      api.put("/api/v1/settings/twilio", TwilioSettingsApiIT.changes(now, 6, null), admin);
    }
  }

  @Test
  void requiredAccountWithoutANumberEnrollsOneAtLogin() {
    String group = requiredGroup();
    String name = Api.uniqueName("sms-new");
    createBackupUser(name, false, group);

    JsonObject setup = login(name, "API", null).json();
    assertThat(setup.getString("status")).isEqualTo("SETUP_REQUIRED");
    assertThat(setup.getJsonArray("methods").toString()).isEqualTo("[\"SMS\"]");
    String id = setup.getString("challengeId");
    assertThat(api.post("/api/v1/auth/challenges/" + id + "/pairing/totp", "{}", null).status())
        .isEqualTo(409);

    String national = TwilioServer.randomHongKongMobile();
    Api.Answer sent =
        api.post(
            "/api/v1/auth/challenges/" + id + "/pairing/sms",
            "{\"country\":\"HK\",\"number\":\"" + national + "\"}",
            null);
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    String passcode = twilio.lastPasscodeTo("+852" + national);
    assertThat(verify(id, passcode).json().getString("status")).isEqualTo("AUTHENTICATED");

    assertThat(api.get("/api/v1/accounts/" + name + "/phones", admin).body())
        .contains("\"verified\":true");
    assertThat(login(name, "API", null).json().getString("status")).isEqualTo("CHALLENGE");
  }

  @Test
  void setupStepSmsOfOneAccountAreBoundedAcrossLogins() {
    String group = requiredGroup();
    String name = Api.uniqueName("sms-pump");
    createBackupUser(name, false, group);
    Set<String> numbers = new HashSet<>();
    long lastPhoneId = 0;
    // The password alone, a new login and a new number each time: only the bound per account
    // stops this.
    for (int i = 0; i < 10; i++) {
      String national = TwilioServer.randomHongKongMobile();
      numbers.add("+852" + national);
      Api.Answer sent = addAtSetup(setupChallenge(name), national);
      assertThat(sent.status()).as(sent.body()).isEqualTo(200);
      lastPhoneId = sent.json().getJsonNumber("phoneId").longValue();
    }

    String next = TwilioServer.randomHongKongMobile();
    numbers.add("+852" + next);
    Api.Answer refused = addAtSetup(setupChallenge(name), next);
    assertThat(refused.status()).as(refused.body()).isEqualTo(429);
    assertThat(refused.body()).contains("Too many verification SMS were sent for this account");
    assertThat(Long.parseLong(refused.retryAfter())).isBetween(3000L, 3600L);
    // Nor to a number added at an earlier login.
    Api.Answer resent = send(setupChallenge(name), lastPhoneId);
    assertThat(resent.status()).as(resent.body()).isEqualTo(429);
    assertThat(api.get("/api/v1/accounts/" + name + "/phones", admin).body()).doesNotContain(next);

    assertThat(twilio.messages()).filteredOn(m -> numbers.contains(m.get("To"))).hasSize(10);
    // Another account is not held back by this one.
    String other = Api.uniqueName("sms-other");
    createBackupUser(other, false, group);
    String theirs = TwilioServer.randomHongKongMobile();
    Api.Answer sent = addAtSetup(setupChallenge(other), theirs);
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(twilio.lastPasscodeTo("+852" + theirs)).isNotNull();
  }

  private String requiredGroup() {
    String group = Api.uniqueName("sms-required");
    assertThat(
            api.post(
                    "/api/v1/policy-groups",
                    "{\"name\":\"" + group + "\",\"requireTwoFactor\":true}",
                    admin)
                .status())
        .isEqualTo(201);
    return group;
  }

  /** A new login of an account that must add a number: its challenge at the setup step. */
  private String setupChallenge(String name) {
    JsonObject setup = login(name, "API", null).json();
    assertThat(setup.getString("status")).isEqualTo("SETUP_REQUIRED");
    return setup.getString("challengeId");
  }

  private Api.Answer addAtSetup(String id, String national) {
    return api.post(
        "/api/v1/auth/challenges/" + id + "/pairing/sms",
        "{\"country\":\"HK\",\"number\":\"" + national + "\"}",
        null);
  }

  private record Enrolled(String name, String e164, long phoneId) {}

  /** A backup user with 2FA on and a verified number, added and verified by the admin. */
  private Enrolled enrolledUser() {
    String name = Api.uniqueName("sms");
    createBackupUser(name, true, null);
    String national = TwilioServer.randomHongKongMobile();
    Api.Answer added =
        api.post(
            "/api/v1/accounts/" + name + "/phones",
            "{\"country\":\"HK\",\"number\":\"" + national + "\"}",
            admin);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long phoneId = added.json().getJsonNumber("id").longValue();
    String path = "/api/v1/accounts/" + name + "/phones/" + phoneId + "/verify";
    assertThat(api.post(path, "{}", admin).status()).isEqualTo(200);
    String e164 = "+852" + national;
    Api.Answer verified =
        api.post(path, "{\"passcode\":\"" + twilio.lastPasscodeTo(e164) + "\"}", admin);
    assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    return new Enrolled(name, e164, phoneId);
  }

  private void createBackupUser(String name, boolean twoFactor, String group) {
    var user =
        Json.createObjectBuilder()
            .add("loginName", name)
            .add("password", PASSWORD)
            .add("type", "PAID")
            .add("twoFactorEnabled", twoFactor);
    if (group != null) {
      user.add("policyGroup", group);
    }
    Api.Answer created = api.post("/api/v1/backup-users", user.build().toString(), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  private Api.Answer login(String name, String type, String version) {
    var client = Json.createObjectBuilder().add("type", type);
    if (version != null) {
      client.add("version", version);
    }
    return api.post(
        "/api/v1/auth/login",
        Json.createObjectBuilder()
            .add("loginName", name)
            .add("password", PASSWORD)
            .add("client", client)
            .build()
            .toString(),
        null);
  }

  private Api.Answer send(String id, long phoneId) {
    return api.post(
        "/api/v1/auth/challenges/" + id + "/sms", "{\"phoneId\":" + phoneId + "}", null);
  }

  private Api.Answer verify(String id, String passcode) {
    return api.post(
        "/api/v1/auth/challenges/" + id + "/sms/verify",
        "{\"passcode\":\"" + passcode + "\"}",
        null);
  }

  private static String limits(long version, int cooldown, int expiry) {
    return TwilioSettingsApiIT.changes(version, 6, null)
        .replace("\"resendCooldownMinutes\":1", "\"resendCooldownMinutes\":" + cooldown)
        .replace("\"expiryMinutes\":5", "\"expiryMinutes\":" + expiry);
  }

  private static String flip(String digits) {
    StringBuilder flipped = new StringBuilder();
    for (char c : digits.toCharArray()) {
      flipped.append((char) ('0' + (c - '0' + 1) % 10));
    }
    return flipped.toString();
  }
}
