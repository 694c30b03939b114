package com.twofactor.recovery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import com.twofactor.it.TotpApps;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recovery codes over HTTP: ten handed out once at the first pairing, accepted instead of a device
 * code at a challenge, each exactly once (also when sent concurrently), wrong ones counted like
 * wrong codes, never at the setup step; audited with the source address.
 */
@ExtendWith(RunningApp.class)
class RecoveryCodesIT {

  private static final String PASSWORD = "recovery-Password-1";

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
  void theFirstPairingHandsOutTenCodes() {
    String user = enabledUser();
    TotpApps.Paired paired = TotpApps.pairAtLogin(api, login(user), "Phone");

    List<String> codes = codesOf(paired.answer().json());
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allMatch(code -> code.matches("[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}"));
    assertThat(paired.answer().body()).contains("\"status\":\"AUTHENTICATED\"");
    String token = paired.answer().json().getString("token");
    assertThat(api.get("/api/v1/me", token).json().getInt("recoveryCodesLeft")).isEqualTo(10);
    assertThat(
            api.get("/api/v1/audit?subject=" + user + "&action=RECOVERY_CODES_GENERATED", admin)
                .body())
        .contains("at pairing");
  }

  @Test
  void aRecoveryCodeFinishesTheLoginOnceAndIsThenRefused() {
    String user = enabledUser();
    List<String> codes = codesOf(TotpApps.pairAtLogin(api, login(user), "Phone").answer().json());

    JsonObject challenge = login(user);
    assertThat(challenge.getString("status")).isEqualTo("CHALLENGE");
    Api.Answer used = recovery(challenge, codes.get(3).toUpperCase().replace("-", " "));

    assertThat(used.status()).as(used.body()).isEqualTo(200);
    assertThat(used.json().getString("status")).isEqualTo("AUTHENTICATED");
    String token = used.json().getString("token");
    assertThat(api.get("/api/v1/me", token).json().getInt("recoveryCodesLeft")).isEqualTo(9);
    Api.Answer again = recovery(login(user), codes.get(3));
    assertThat(again.status()).as("a used code never works again").isEqualTo(401);
    assertThat(again.contentType()).startsWith("application/problem+json");
    String audit =
        api.get("/api/v1/audit?subject=" + user + "&action=RECOVERY_CODE_USED", admin).body();
    assertThat(audit).contains("127.0.0.1").contains("9 unused left");
  }

  @Test
  void oneCodeSentTwentyTimesAtOnceSucceedsOnce() throws Exception {
    String user = enabledUser();
    String code = codesOf(TotpApps.pairAtLogin(api, login(user), "Phone").answer().json()).get(0);
    int threads = 20;
    List<JsonObject> challenges = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      challenges.add(login(user));
    }

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (JsonObject challenge : challenges) {
        calls.add(() -> recovery(challenge, code).status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
        statuses.add(result.get());
      }
      assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
      // The others are wrong codes (401); a limit on failures or open challenges may end some
      // logins first (410, 423), never let a second one in.
      assertThat(statuses).filteredOn(status -> status != 200).containsAnyOf(401);
      assertThat(statuses).filteredOn(status -> status != 200).isSubsetOf(401, 410, 423);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void wrongRecoveryCodesCountLikeWrongCodes() {
    String user = enabledUser();
    TotpApps.pairAtLogin(api, login(user), "Phone");
    JsonObject challenge = login(user);

    for (int i = 1; i < 5; i++) {
      assertThat(recovery(challenge, "aaaaa-aaaa" + i).status()).as("wrong %d", i).isEqualTo(401);
    }
    assertThat(recovery(challenge, "not a code").status()).as("the fifth").isEqualTo(410);
    assertThat(
            api.get("/api/v1/audit?subject=" + user + "&action=RECOVERY_CODE_FAILED", admin).body())
        .contains("wrong code");
  }

  @Test
  void theSetupStepTakesNoRecoveryCode() {
    String user = enabledUser();
    TotpApps.Paired paired = TotpApps.pairAtLogin(api, login(user), "Phone");
    List<String> codes = codesOf(paired.answer().json());
    String token = paired.answer().json().getString("token");
    long device =
        Json.createReader(new StringReader(api.get("/api/v1/me/devices", token).body()))
            .readArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Api.Answer proof =
        api.post(
            "/api/v1/me/step-up",
            Json.createObjectBuilder().add("code", paired.app().codeAt(1)).build().toString(),
            token);
    assertThat(proof.status()).as(proof.body()).isEqualTo(204);
    assertThat(api.delete("/api/v1/me/devices/" + device, token).status()).isEqualTo(204);

    // The account keeps its codes but has no device: it is at the setup step, which a recovery
    // code does not skip.
    JsonObject setup = login(user);
    assertThat(setup.getString("status")).isEqualTo("SETUP_PROMPT");
    Api.Answer refused = recovery(setup, codes.get(0));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("detail")).contains("recovery code");
  }

  private static Api.Answer recovery(JsonObject challenge, String code) {
    return api.post(
        "/api/v1/auth/challenges/" + challenge.getString("challengeId") + "/recovery",
        Json.createObjectBuilder().add("code", code).build().toString(),
        null);
  }

  private static List<String> codesOf(JsonObject answer) {
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
    String name = Api.uniqueName("recovery");
    api.createBackupUser(name, PASSWORD, true);
    return name;
  }
}
