package com.twofactor.sms.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.LegacyApp;
import com.twofactor.it.TwilioServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Twilio settings of an upgraded install over HTTP: imported from the legacy file at start,
 * read without the auth token, modified by version, and Tested through the twilio-java SDK against
 * a Twilio-compatible server on loopback, which also answers like a failing Twilio.
 */
@ExtendWith(LegacyApp.class)
class TwilioSettingsApiIT {

  private final Api api = LegacyApp.api();
  private final String admin = LegacyApp.steppedUpAdminToken();
  private final TwilioServer twilio = LegacyApp.twilio();

  @AfterEach
  void twilioAnswersAgain() {
    twilio.accept();
  }

  @Test
  void legacySettingsAreImportedOnceAtStartWithTheirUsers() throws Exception {
    Api.Answer read = api.get("/api/v1/settings/twilio", admin);
    assertThat(read.status()).isEqualTo(200);
    JsonObject settings = read.json();
    assertThat(settings.getString("accountSid")).isEqualTo(LegacyApp.ACCOUNT_SID);
    assertThat(settings.getBoolean("authTokenSet")).isTrue();
    assertThat(settings.getString("senderNumber")).isEqualTo(LegacyApp.SENDER);
    assertThat(settings.getString("senderCountryLabel")).isEqualTo("United States (+1)");
    assertThat(settings.getInt("passcodeLength")).isEqualTo(6);
    assertThat(settings.getString("legacyClient")).contains("older than version 8.3.0.30");
    assertThat(read.body()).doesNotContain(LegacyApp.AUTH_TOKEN);
    assertThat(api.get("/api/v1/settings/two-factor", admin).json().getString("twilio"))
        .isEqualTo("ACTIVE");

    Path file = LegacyApp.server().dataFolder().resolveSibling("twilio.properties");
    assertThat(file).doesNotExist();
    assertThat(file.resolveSibling("twilio.properties.imported")).exists();

    assertThat(api.get("/api/v1/backup-users/user01", admin).json().getBoolean("twoFactorEnabled"))
        .isTrue();
    assertThat(api.get("/api/v1/backup-users/user02", admin).json().getBoolean("twoFactorEnabled"))
        .isFalse();
    JsonObject phone =
        api.get("/api/v1/accounts/user01/phones", admin).jsonArray().getJsonObject(0);
    assertThat(phone.getString("number")).isEqualTo("+85292153799");
    assertThat(phone.getString("masked")).isEqualTo("Hong Kong (+852) - ****3799");
    assertThat(phone.getBoolean("verified")).isTrue();
    assertThat(phone.getString("lastVerifiedAt")).startsWith("2024-03-06T02:29");

    String audit = api.get("/api/v1/audit?action=TWILIO_IMPORTED", admin).body();
    assertThat(audit)
        .contains("2FA switched on for")
        .contains("2 phone number(s)")
        .contains("gone.user");
    assertThat(Files.readString(LegacyApp.server().log(), StandardCharsets.ISO_8859_1))
        .doesNotContain(LegacyApp.AUTH_TOKEN);
  }

  @Test
  void changesNeedTheVersionReadAndValidValues() {
    JsonObject current = api.get("/api/v1/settings/twilio", admin).json();
    long version = current.getJsonNumber("version").longValue();

    assertThat(api.put("/api/v1/settings/twilio", changes(version - 1, 6, null), admin).status())
        .isEqualTo(409);
    assertThat(api.put("/api/v1/settings/twilio", changes(version, 11, null), admin).body())
        .contains("between 4 and 10");
    Api.Answer missing =
        api.put(
            "/api/v1/settings/twilio", "{\"accountSid\":\"" + LegacyApp.ACCOUNT_SID + "\"}", admin);
    assertThat(missing.status()).isEqualTo(400);

    Api.Answer changed = api.put("/api/v1/settings/twilio", changes(version, 8, null), admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getInt("passcodeLength")).isEqualTo(8);
    assertThat(changed.json().getJsonNumber("version").longValue()).isGreaterThan(version);
    assertThat(api.get("/api/v1/audit?action=TWILIO_SETTINGS_CHANGED", admin).body())
        .contains("passcodeLength: 6 -> 8");

    long next = changed.json().getJsonNumber("version").longValue();
    assertThat(api.put("/api/v1/settings/twilio", changes(next, 6, null), admin).status())
        .isEqualTo(200);
  }

  @Test
  void readOnlyAdminReadsButCannotChange() {
    String name = Api.uniqueName("viewer");
    api.createSystemUserAs(admin, name, "READ_ONLY_ADMIN", "viewer-Password-1");
    String viewer = api.token(name, "viewer-Password-1");
    JsonObject current = api.get("/api/v1/settings/twilio", viewer).json();
    long version = current.getJsonNumber("version").longValue();
    assertThat(api.put("/api/v1/settings/twilio", changes(version, 6, null), viewer).status())
        .isEqualTo(403);
    assertThat(api.delete("/api/v1/settings/twilio?confirm=true", viewer).status()).isEqualTo(403);
  }

  @Test
  void testSendsAPasscodeAndAddsTheNumberToTheAdminsProfile() {
    String national = TwilioServer.randomHongKongMobile();
    Api.Answer sent =
        api.post(
            "/api/v1/settings/twilio/test",
            "{\"country\":\"HK\",\"number\":\"" + national + "\"}",
            admin);
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    JsonObject answer = sent.json();
    assertThat(answer.getString("maskedNumber"))
        .isEqualTo("Hong Kong (+852) - ****" + national.substring(4));
    assertThat(answer.getString("prefix")).matches("[A-Z]{4}");
    long phoneId = answer.getJsonNumber("phoneId").longValue();

    String e164 = "+852" + national;
    Map<String, String> message =
        twilio.messages().stream().filter(m -> e164.equals(m.get("To"))).findFirst().orElseThrow();
    assertThat(message.get("From")).isEqualTo(LegacyApp.SENDER);
    String passcode = twilio.lastPasscodeTo(e164);
    assertThat(passcode).startsWith(answer.getString("prefix") + "-");
    assertThat(message.get("Body"))
        .isEqualTo(
            passcode
                + " is the verification code for user \"system\" login\n"
                + "Your backup service provider");

    String wrong = passcode.substring(0, 5) + (passcode.endsWith("0") ? "1" : "0").repeat(6);
    assertThat(verify(phoneId, wrong).status()).isEqualTo(401);
    Api.Answer verified = verify(phoneId, passcode);
    assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    assertThat(verified.json().getString("message")).isEqualTo("Test completed successfully");

    assertThat(api.get("/api/v1/accounts/system/phones", admin).body())
        .contains("\"number\":\"" + e164 + "\"")
        .contains("\"verified\":true");
    assertThat(api.get("/api/v1/settings/twilio", admin).json().containsKey("lastTestedAt"))
        .isTrue();
  }

  @Test
  void twilioRefusingOrSilentGivesAClearErrorAndTheDashboardState() {
    twilio.failWith(401);
    Api.Answer refused = test();
    assertThat(refused.status()).isEqualTo(502);
    assertThat(refused.body()).contains("Account SID or Auth Token");
    JsonObject state = api.get("/api/v1/settings/twilio", admin).json();
    assertThat(state.getString("channel")).isEqualTo("FAILING");
    assertThat(state.getString("lastFailure")).contains("HTTP 401");

    twilio.failWith(503);
    assertThat(test().body()).contains("Twilio had an error (HTTP 503");
    Api.Answer ready = api.get("/health/ready", null);
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
    assertThat(twilioChannel(api))
        .startsWith("UNREACHABLE: ")
        .contains("HTTP 503")
        .doesNotContain(LegacyApp.AUTH_TOKEN)
        .doesNotContain(LegacyApp.ACCOUNT_SID)
        .doesNotContain("+852");

    twilio.answerAfter(Duration.ofSeconds(20));
    Api.Answer silent = test();
    assertThat(silent.status()).isEqualTo(502);
    assertThat(silent.body()).contains("did not answer in time");

    twilio.accept();
    assertThat(test().status()).isEqualTo(200);
    assertThat(api.get("/api/v1/settings/twilio", admin).json().getString("channel"))
        .isEqualTo("OK");
    assertThat(twilioChannel(api)).startsWith("UP: ");
  }

  /** What {@code /health/ready} says of the Twilio channel. */
  static String twilioChannel(Api api) {
    Api.Answer ready = api.get("/health/ready", null);
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    return ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> "channels".equals(check.getString("name")))
        .findFirst()
        .orElseThrow()
        .getJsonObject("data")
        .getString("twilio");
  }

  @Test
  void changingPhoneNumbersNeedsAFreshStepUpOwnNumbersAndTheTestAlike() {
    String fresh = LegacyApp.adminToken();
    String national = TwilioServer.randomHongKongMobile();
    String phone = "{\"country\":\"HK\",\"number\":\"" + national + "\"}";
    String own = "/api/v1/accounts/system/phones";

    for (Api.Answer refused :
        new Api.Answer[] {
          api.post(own, phone, fresh), api.post("/api/v1/settings/twilio/test", phone, fresh)
        }) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains("step-up-required");
    }
    assertThat(api.get(own, fresh).body()).doesNotContain(national);
    assertThat(twilio.messages()).noneMatch(m -> ("+852" + national).equals(m.get("To")));

    api.stepUpWithPassword(fresh, LegacyApp.ADMIN_PASSWORD);
    Api.Answer added = api.post(own, phone, fresh);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long phoneId = added.json().getJsonNumber("id").longValue();

    // Another session of the same admin has not stepped up: it can read, not change.
    String other = LegacyApp.adminToken();
    assertThat(api.get(own, other).body()).contains(national);
    assertThat(api.post(own + "/" + phoneId + "/verify", "{}", other).status()).isEqualTo(403);
    assertThat(api.delete(own + "/" + phoneId, other).status()).isEqualTo(403);
    assertThat(api.get(own, other).body()).contains(national);

    assertThat(api.delete(own + "/" + phoneId, fresh).status()).isEqualTo(204);
    assertThat(api.get(own, fresh).body()).doesNotContain(national);
  }

  @Test
  void verificationSmsOfOneAccountAreBoundedWhateverTheNumbers() {
    String name = Api.uniqueName("sms-bound");
    assertThat(
            api.post(
                    "/api/v1/backup-users",
                    "{\"loginName\":\""
                        + name
                        + "\",\"password\":\"bound-Password-1\",\"type\":\"PAID\"}",
                    admin)
                .status())
        .isEqualTo(201);
    String phones = "/api/v1/accounts/" + name + "/phones";
    Set<String> numbers = new HashSet<>();
    long lastId = 0;
    String lastNational = null;
    // Each number's own limits start afresh: only the bound per account stops this.
    for (int i = 0; i < 10; i++) {
      lastNational = TwilioServer.randomHongKongMobile();
      numbers.add("+852" + lastNational);
      lastId = add(phones, lastNational);
      Api.Answer sent = api.post(phones + "/" + lastId + "/verify", "{}", admin);
      assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    String next = TwilioServer.randomHongKongMobile();
    numbers.add("+852" + next);
    Api.Answer another = api.post(phones + "/" + add(phones, next) + "/verify", "{}", admin);
    assertThat(another.status()).as(another.body()).isEqualTo(429);
    assertThat(another.body()).contains("Too many verification SMS were sent for this account");
    assertThat(Long.parseLong(another.retryAfter())).isBetween(3000L, 3600L);

    // Removing the number and adding it again starts no new count either.
    assertThat(api.delete(phones + "/" + lastId, admin).status()).isEqualTo(204);
    long again = add(phones, lastNational);
    assertThat(api.post(phones + "/" + again + "/verify", "{}", admin).status()).isEqualTo(429);

    assertThat(twilio.messages()).filteredOn(m -> numbers.contains(m.get("To"))).hasSize(10);
    // Another account is not held back by this one.
    assertThat(test().status()).isEqualTo(200);
  }

  private long add(String phones, String national) {
    Api.Answer added =
        api.post(phones, "{\"country\":\"HK\",\"number\":\"" + national + "\"}", admin);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    return added.json().getJsonNumber("id").longValue();
  }

  private Api.Answer test() {
    String national = TwilioServer.randomHongKongMobile();
    return api.post(
        "/api/v1/settings/twilio/test",
        "{\"country\":\"HK\",\"number\":\"" + national + "\"}",
        admin);
  }

  private Api.Answer verify(long phoneId, String passcode) {
    return api.post(
        "/api/v1/settings/twilio/test/verify",
        "{\"phoneId\":" + phoneId + ",\"passcode\":\"" + passcode + "\"}",
        admin);
  }

  static String changes(long version, int passcodeLength, String token) {
    var body =
        Json.createObjectBuilder()
            .add("version", version)
            .add("accountSid", LegacyApp.ACCOUNT_SID)
            .add("senderCountry", "US")
            .add("senderNumber", "2063125010")
            .add("passcodeLength", passcodeLength)
            .add("resendCooldownMinutes", 1)
            .add("expiryMinutes", 5)
            .add("invalidAttemptsAllowed", 5)
            .add("consecutiveResendsAllowed", 5)
            .add("allowLegacyClientSkip", false);
    if (token != null) {
      body.add("authToken", token);
    }
    return body.build().toString();
  }
}
