package com.twofactor.totp.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.totp.entity.TotpAlgorithm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authenticator apps end to end over HTTP: pairing at login through the QR code (decoded back with
 * ZXing), codes computed from the decoded secret, replay, wrong codes, the failure limit, one
 * success for many concurrent uses of one code, and the administrators' reset. Mobile
 * authentication is switched on with Google Authenticator for this class and off again after it.
 */
@ExtendWith(RunningApp.class)
class AuthenticatorAppsIT {

  private static final String PASSWORD = "a-good-password";
  private static final Totp TOTP = new Totp(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30));

  private static final List<String> SECRETS = new CopyOnWriteArrayList<>();
  private static final List<String> CODES = new CopyOnWriteArrayList<>();

  private static Api api;
  private static String admin;

  @BeforeAll
  static void switchMobileAuthenticationOn() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
    settings(true);
  }

  @AfterAll
  static void switchMobileAuthenticationOff() {
    settings(false);
  }

  @AfterAll
  static void noSecretOrCodeReachedTheLog() throws Exception {
    String log = Files.readString(RunningApp.log(), StandardCharsets.ISO_8859_1);
    assertThat(SECRETS).isNotEmpty();
    assertThat(CODES).isNotEmpty();
    for (String secret : SECRETS) {
      assertThat(log).as("the server log").doesNotContain(secret);
    }
    for (String code : CODES) {
      // A code is six digits: look for it as a word, not inside timestamps or key moduli.
      assertThat(Pattern.compile("\\b" + code + "\\b").matcher(log).find())
          .as("code %s in the server log", code)
          .isFalse();
    }
  }

  @Test
  void pairingThroughTheQrCodeFinishesTheLoginAndLaterLoginsAskForACode() throws Exception {
    String user = enabledUser();
    JsonObject setup = login(user);
    assertThat(setup.getString("status")).isEqualTo("SETUP_PROMPT");
    assertThat(setup.getString("authenticatorApp")).isEqualTo("GOOGLE");

    Api.Answer offer = api.post(challenge(setup) + "/pairing/totp", "{}", null);
    assertThat(offer.status()).isEqualTo(200);
    String uri = decodeQr(offer.json().getString("qrPng"));
    assertThat(uri).isEqualTo(offer.json().getString("otpauthUri"));
    assertThat(uri).startsWith("otpauth://totp/TwoFactor:" + user + "?");
    assertThat(uri).contains("issuer=TwoFactor", "algorithm=SHA1", "digits=6", "period=30");
    byte[] secret = secretOf(uri);
    assertThat(offer.json().getString("manualEntryKey").replace(" ", ""))
        .isEqualTo(TotpSecrets.base32(secret));

    Api.Answer wrong = confirm(setup, "000000".equals(code(secret)) ? "111111" : "000000");
    assertThat(wrong.status()).isEqualTo(401);
    Api.Answer paired = confirm(setup, code(secret));
    assertThat(paired.status()).as(paired.body()).isEqualTo(200);
    assertThat(paired.json().getString("status")).isEqualTo("AUTHENTICATED");
    String token = paired.json().getString("token");
    assertThat(api.get("/api/v1/me/devices", token).body()).contains("My phone");

    JsonObject challenge = login(user);
    assertThat(challenge.getString("status")).isEqualTo("CHALLENGE");
    assertThat(challenge.getJsonArray("methods").getString(0)).isEqualTo("TOTP");
    // The pairing spent the current step: a fresh one is needed.
    String next = codeAt(secret, 1);
    Api.Answer answered = totp(challenge, next);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().getString("token")).isNotBlank();

    JsonObject again = login(user);
    assertThat(totp(again, next).status()).as("a code is accepted once").isEqualTo(401);
  }

  @Test
  void theSetupPromptCanBeSkippedOnceOrForGood() {
    String user = enabledUser();
    JsonObject prompt = login(user);
    assertThat(api.get(challenge(prompt), null).json().getString("status"))
        .isEqualTo("SETUP_PROMPT");

    Api.Answer skipped = api.post(challenge(prompt) + "/skip", "{\"doNotShowAgain\":true}", null);

    assertThat(skipped.status()).isEqualTo(200);
    assertThat(skipped.json().getString("status")).isEqualTo("AUTHENTICATED");
    assertThat(skipped.json().getString("token")).isNotBlank();
    assertThat(api.post(challenge(prompt) + "/skip", "{}", null).status())
        .as("a finished challenge is gone")
        .isEqualTo(410);
    assertThat(login(user).getString("status")).isEqualTo("AUTHENTICATED");
  }

  @Test
  void backupClientsTooOldForTwoFactorSkipThePromptButAreRefusedAChallenge() throws Exception {
    String user = enabledUser();

    Api.Answer skipped = oldClientLogin(user);

    assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
    assertThat(skipped.json().getString("status")).isEqualTo("AUTHENTICATED");

    pair(user);
    Api.Answer refused = oldClientLogin(user);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("detail")).contains("8.3.6.0").contains("8.5.0.0");
  }

  private static Api.Answer oldClientLogin(String user) {
    return api.post(
        "/api/v1/auth/login",
        Json.createObjectBuilder()
            .add("loginName", user)
            .add("password", PASSWORD)
            .add("client", Json.createObjectBuilder().add("type", "OBM").add("version", "8.3.6.0"))
            .build()
            .toString(),
        null);
  }

  @Test
  void tooManyWrongCodesEndTheChallenge() throws Exception {
    String user = enabledUser();
    byte[] secret = pair(user);
    JsonObject challenge = login(user);
    String wrong = wrongCode(secret);

    for (int i = 1; i < 5; i++) {
      assertThat(totp(challenge, wrong).status()).as("wrong code %d", i).isEqualTo(401);
    }
    assertThat(totp(challenge, wrong).status()).as("the fifth wrong code").isEqualTo(410);
    String good = codeAt(secret, 1);
    assertThat(totp(challenge, good).status()).as("the challenge is over").isEqualTo(410);
    assertThat(api.get("/api/v1/audit?subject=" + user + "&action=TOTP_FAILED", admin).body())
        .contains("wrong code");
  }

  @Test
  void oneCodeFiredFromManyThreadsSucceedsExactlyOnce() throws Exception {
    String user = enabledUser();
    byte[] secret = pair(user);
    int threads = 8;
    // An account has at most three logins waiting for their second step.
    List<JsonObject> challenges = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      challenges.add(login(user));
    }
    String code = codeAt(secret, 1);

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        JsonObject challenge = challenges.get(i % challenges.size());
        calls.add(() -> totp(challenge, code).status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
        statuses.add(result.get());
      }
      assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
      // The others: a used code (401), or the login that code already finished (410).
      assertThat(statuses)
          .filteredOn(status -> status != 200)
          .containsAnyOf(401)
          .isSubsetOf(401, 410);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void adminResetMakesTheUserPairAgain() throws Exception {
    String user = enabledUser();
    pair(user);
    assertThat(api.get("/api/v1/accounts/" + user + "/devices", admin).body()).contains("My phone");

    Api.Answer proof =
        api.post(
            "/api/v1/me/step-up",
            Json.createObjectBuilder()
                .add("password", RunningApp.adminPassword())
                .build()
                .toString(),
            admin);
    assertThat(proof.status()).as(proof.body()).isEqualTo(204);
    Api.Answer reset = api.delete("/api/v1/accounts/" + user + "/devices", admin);

    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.json().getInt("removed")).isEqualTo(1);
    assertThat(login(user).getString("status")).isEqualTo("SETUP_PROMPT");
    assertThat(api.get("/api/v1/audit?subject=" + user + "&action=DEVICES_RESET", admin).status())
        .isEqualTo(200);
  }

  @Test
  void readOnlyAdminCannotResetDevices() throws Exception {
    String user = enabledUser();
    pair(user);
    String reader = Api.uniqueName("reader");
    api.createSystemUser(reader, "READ_ONLY_ADMIN", PASSWORD);

    Api.Answer reset =
        api.delete("/api/v1/accounts/" + user + "/devices", api.token(reader, PASSWORD));

    assertThat(reset.status()).isEqualTo(403);
    assertThat(login(user).getString("status")).isEqualTo("CHALLENGE");
  }

  /** Pairs an app for the user through the login's setup step; returns the app's secret. */
  private static byte[] pair(String user) throws Exception {
    JsonObject setup = login(user);
    JsonObject offer = api.post(challenge(setup) + "/pairing/totp", "{}", null).json();
    byte[] secret = secretOf(decodeQr(offer.getString("qrPng")));
    Api.Answer paired = confirm(setup, code(secret));
    assertThat(paired.status()).as(paired.body()).isEqualTo(200);
    return secret;
  }

  private static Api.Answer confirm(JsonObject setup, String code) {
    return api.post(
        challenge(setup) + "/pairing/totp/confirm",
        Json.createObjectBuilder()
            .add("code", code)
            .add("deviceName", "My phone")
            .build()
            .toString(),
        null);
  }

  private static Api.Answer totp(JsonObject challenge, String code) {
    return api.post(
        challenge(challenge) + "/totp",
        Json.createObjectBuilder().add("code", code).build().toString(),
        null);
  }

  private static JsonObject login(String user) {
    Api.Answer answer = api.login(user, PASSWORD);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static String challenge(JsonObject answer) {
    return "/api/v1/auth/challenges/" + answer.getString("challengeId");
  }

  private static String code(byte[] secret) {
    return codeAt(secret, 0);
  }

  /** The valid code {@code steps} steps from now, remembered for the log check. */
  private static String codeAt(byte[] secret, int steps) {
    String code = TOTP.code(secret, TOTP.stepAt(Instant.now()) + steps);
    CODES.add(code);
    return code;
  }

  /** A code no step near now produces. */
  private static String wrongCode(byte[] secret) {
    long now = TOTP.stepAt(Instant.now());
    for (int candidate = 0; candidate < 1_000_000; candidate += 7919) {
      String code = String.format("%06d", candidate);
      boolean near = false;
      for (long step = now - 2; step <= now + 2; step++) {
        near |= TOTP.code(secret, step).equals(code);
      }
      if (!near) {
        return code;
      }
    }
    throw new AssertionError("no wrong code found");
  }

  private static String enabledUser() {
    String name = Api.uniqueName("totp");
    api.createBackupUser(name, PASSWORD, true);
    return name;
  }

  private static void settings(boolean mobileAuthentication) {
    JsonObject current = api.get("/api/v1/settings/two-factor", admin).json();
    Api.Answer changed =
        api.put(
            "/api/v1/settings/two-factor",
            Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("mobileAuthentication", mobileAuthentication)
                .add("authenticatorApp", "GOOGLE")
                .add("requireForSystemUsers", false)
                .build()
                .toString(),
            admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
  }

  private static String decodeQr(String base64Png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64Png)));
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader()
        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }

  private static byte[] secretOf(String otpauthUri) {
    SECRETS.add(otpauthUri);
    String query = URI.create(otpauthUri).getRawQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith("secret=")) {
        String base32 =
            URLDecoder.decode(pair.substring("secret=".length()), StandardCharsets.UTF_8);
        SECRETS.add(base32);
        return TotpSecrets.fromBase32(base32);
      }
    }
    throw new AssertionError("no secret in " + otpauthUri);
  }
}
