package com.twofactor.login.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import com.twofactor.it.TotpApps;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Step-up over HTTP: adding or removing one's own device, an admin's device reset and new recovery
 * codes are refused (403, type step-up-required) until the token proves itself again with a current
 * code (or the password where nothing is paired); the proof serves that token only; wrong proofs
 * are refused, audited and bounded.
 */
@ExtendWith(RunningApp.class)
class StepUpIT {

  private static final String PASSWORD = "step-up-Password-1";
  private static final String STEP_UP_REQUIRED = "urn:twofactor:problem:step-up-required";

  private static Api api;
  private static String admin;

  @BeforeAll
  static void mobileAuthenticationOn() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
    api.switchMobileAuthentication(true);
  }

  @AfterAll
  static void mobileAuthenticationOff() {
    api.switchMobileAuthentication(false);
  }

  @Test
  void addingAndRemovingOwnDevicesNeedAFreshCode() {
    String user = enabledUser();
    TotpApps.Paired paired = TotpApps.pairAtLogin(api, login(user), "Phone");
    String token = paired.answer().json().getString("token");
    long phone = deviceIds(token).get(0);

    assertStepUpRequired(api.post("/api/v1/me/devices/pairing", "{}", token));
    assertStepUpRequired(api.delete("/api/v1/me/devices/" + phone, token));
    assertThat(deviceIds(token)).containsExactly(phone);

    assertThat(stepUp(token, "code", paired.app().codeAt(1)).status()).isEqualTo(204);
    Api.Answer offer = api.post("/api/v1/me/devices/pairing", "{}", token);
    assertThat(offer.status()).as(offer.body()).isEqualTo(200);
    TotpApps tablet = TotpApps.of(offer.json().getString("otpauthUri"));
    Api.Answer confirmed =
        api.post(
            "/api/v1/me/devices/" + offer.json().getJsonNumber("deviceId").longValue() + "/confirm",
            Json.createObjectBuilder()
                .add("code", tablet.codeAt(0))
                .add("deviceName", "Tablet")
                .build()
                .toString(),
            token);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().containsKey("recoveryCodes"))
        .as("the account still has unused codes")
        .isFalse();
    assertThat(api.delete("/api/v1/me/devices/" + phone, token).status()).isEqualTo(204);
    assertThat(deviceIds(token)).hasSize(1).doesNotContain(phone);
    assertThat(api.get("/api/v1/audit?subject=" + user + "&action=STEP_UP_PROVEN", admin).body())
        .contains("127.0.0.1");
    assertThat(api.get("/api/v1/audit?subject=" + user + "&action=DEVICE_REMOVED", admin).body())
        .contains("127.0.0.1");
  }

  @Test
  void aReplayedCodeIsNoProof() {
    String user = enabledUser();
    TotpApps.Paired paired = TotpApps.pairAtLogin(api, login(user), "Phone");
    String token = paired.answer().json().getString("token");

    assertThat(stepUp(token, "code", paired.app().codeAt(0)).status())
        .as("the pairing spent this step")
        .isEqualTo(401);
  }

  @Test
  void anAdminResetNeedsTheAdminsFreshProof() {
    String user = enabledUser();
    TotpApps.pairAtLogin(api, login(user), "Phone");
    String token = api.adminToken();

    assertStepUpRequired(api.delete("/api/v1/accounts/" + user + "/devices", token));
    assertThat(stepUp(token, "code", "123456").status())
        .as("nothing paired for system: a code is not its proof")
        .isEqualTo(400);
    assertThat(stepUp(token, "password", RunningApp.adminPassword()).status()).isEqualTo(204);
    Api.Answer reset = api.delete("/api/v1/accounts/" + user + "/devices", token);

    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    assertThat(reset.json().getInt("removed")).isEqualTo(1);
    assertThat(api.get("/api/v1/audit?subject=" + user + "&action=DEVICES_RESET", admin).body())
        .contains("127.0.0.1");
  }

  @Test
  void newRecoveryCodesNeedAFreshProofAndVoidTheOldOnes() {
    String user = enabledUser();
    TotpApps.Paired paired = TotpApps.pairAtLogin(api, login(user), "Phone");
    String token = paired.answer().json().getString("token");
    List<String> old = codes(paired.answer().json());

    assertStepUpRequired(api.post("/api/v1/me/recovery-codes", "{}", token));
    assertThat(stepUp(token, "recoveryCode", old.get(9)).status()).isEqualTo(204);
    Api.Answer fresh = api.post("/api/v1/me/recovery-codes", "{}", token);

    assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
    assertThat(fresh.contentType()).startsWith("application/json");
    List<String> codes = codes(fresh.json());
    assertThat(codes).hasSize(10).doesNotContainAnyElementsOf(old);
    assertThat(recovery(login(user), old.get(0)).status()).isEqualTo(401);
    assertThat(recovery(login(user), codes.get(0)).status()).isEqualTo(200);
  }

  @Test
  void aProofServesOnlyTheTokenThatMadeIt() {
    String user = Api.uniqueName("stepup");
    api.createBackupUser(user, PASSWORD, false);
    String first = api.token(user, PASSWORD);
    String second = api.token(user, PASSWORD);

    assertThat(stepUp(first, "password", PASSWORD).status()).isEqualTo(204);

    assertThat(api.post("/api/v1/me/recovery-codes", "{}", first).status()).isEqualTo(200);
    assertStepUpRequired(api.post("/api/v1/me/recovery-codes", "{}", second));
  }

  @Test
  void wrongProofsAreRefusedAuditedAndEndInALock() {
    String user = Api.uniqueName("stepup");
    api.createBackupUser(user, PASSWORD, false);
    String token = api.token(user, PASSWORD);

    Api.Answer wrong = stepUp(token, "password", "not-the-password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(api.get("/api/v1/audit?subject=" + user + "&action=STEP_UP_FAILED", admin).body())
        .contains("wrong password")
        .contains("127.0.0.1");
    int status = 401;
    for (int i = 2; i <= 10 && status == 401; i++) {
      status = stepUp(token, "password", "not-the-password-" + i).status();
    }
    assertThat(status).as("the tenth wrong proof locks the account").isEqualTo(423);
    assertThat(stepUp(token, "password", PASSWORD).status()).isEqualTo(423);
  }

  private static void assertStepUpRequired(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getString("type")).isEqualTo(STEP_UP_REQUIRED);
    assertThat(answer.json().getString("detail")).contains("/api/v1/me/step-up");
  }

  private static Api.Answer stepUp(String token, String field, String value) {
    return api.post(
        "/api/v1/me/step-up",
        Json.createObjectBuilder().add(field, value).build().toString(),
        token);
  }

  private static Api.Answer recovery(JsonObject challenge, String code) {
    return api.post(
        "/api/v1/auth/challenges/" + challenge.getString("challengeId") + "/recovery",
        Json.createObjectBuilder().add("code", code).build().toString(),
        null);
  }

  private static List<Long> deviceIds(String token) {
    return Json.createReader(new StringReader(api.get("/api/v1/me/devices", token).body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(device -> device.getJsonNumber("id").longValue())
        .toList();
  }

  private static List<String> codes(JsonObject answer) {
    return answer.getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static JsonObject login(String user) {
    Api.Answer answer = api.login(user, PASSWORD);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static String enabledUser() {
    String name = Api.uniqueName("stepup");
    api.createBackupUser(name, PASSWORD, true);
    return name;
  }
}
