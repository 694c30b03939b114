package com.twofactor.login.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import com.twofactor.it.TotpApps;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one-request login over HTTP: the password and the app's code (or a recovery code) in the
 * login body finish the login without a challenge; a code is accepted once whichever way it is
 * sent; a wrong one is refused and audited like a wrong answer to a challenge; without a paired
 * device the code changes nothing.
 */
@ExtendWith(RunningApp.class)
class OneRequestLoginIT {

  private static final String PASSWORD = "one-Request-Password-1";

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
  void passwordAndCodeInOneRequestAuthenticateAndTheCodeWorksOnce() {
    String user = Api.uniqueName("one-request");
    api.createBackupUser(user, PASSWORD, true);
    TotpApps app = TotpApps.pairAtLogin(api, setup(user), "Phone").app();
    String code = app.codeAt(1);

    Api.Answer answer = login(user, body -> body.add("code", code));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getString("status")).isEqualTo("AUTHENTICATED");
    assertThat(answer.json().containsKey("challengeId")).isFalse();
    String token = answer.json().getString("token");
    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

    Api.Answer replayed = login(user, body -> body.add("code", code));
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(401);
    assertThat(replayed.contentType()).startsWith("application/problem+json");

    // Nor can the same code finish a challenge opened by a two-request login.
    Api.Answer challenge = api.login(user, PASSWORD);
    assertThat(challenge.json().getString("status")).isEqualTo("CHALLENGE");
    Api.Answer again =
        api.post(
            "/api/v1/auth/challenges/" + challenge.json().getString("challengeId") + "/totp",
            "{\"code\":\"" + code + "\"}",
            null);
    assertThat(again.status()).isEqualTo(401);
  }

  @Test
  void aWrongCodeIsRefusedAndAuditedLikeAWrongAnswer() {
    String user = Api.uniqueName("one-request-wrong");
    api.createBackupUser(user, PASSWORD, true);
    TotpApps app = TotpApps.pairAtLogin(api, setup(user), "Phone").app();
    String wrong = "000000".equals(app.codeAt(1)) ? "111111" : "000000";

    Api.Answer answer = login(user, body -> body.add("code", wrong));

    assertThat(answer.status()).as(answer.body()).isEqualTo(401);
    assertThat(answer.json().getString("detail")).startsWith("Wrong code");
    Api.Answer audit = api.get("/api/v1/audit?subject=" + user + "&action=TOTP_FAILED", admin);
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.json().getJsonArray("items")).hasSize(1);
    // The right password with a wrong code never looks like a success.
    assertThat(
            api.get("/api/v1/audit?subject=" + user + "&action=LOGIN_SUCCEEDED", admin)
                .json()
                .getJsonArray("items"))
        .hasSize(1); // the login that paired the app
    // The right code still works.
    assertThat(login(user, body -> body.add("code", app.codeAt(1))).status()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordWithTheRightCodeSpendsNothing() {
    String user = Api.uniqueName("one-request-password");
    api.createBackupUser(user, PASSWORD, true);
    TotpApps app = TotpApps.pairAtLogin(api, setup(user), "Phone").app();
    String code = app.codeAt(1);

    Api.Answer wrongPassword =
        api.post(
            "/api/v1/auth/login",
            body(user, "not-the-password").add("code", code).build().toString(),
            null);
    assertThat(wrongPassword.status()).isEqualTo(401);

    assertThat(login(user, body -> body.add("code", code)).status()).isEqualTo(200);
  }

  @Test
  void aRecoveryCodeInTheLoginBodyWorksOnce() {
    String user = Api.uniqueName("one-request-recovery");
    api.createBackupUser(user, PASSWORD, true);
    TotpApps.Paired paired = TotpApps.pairAtLogin(api, setup(user), "Phone");
    String recovery =
        paired
            .answer()
            .json()
            .getJsonArray("recoveryCodes")
            .getValuesAs(JsonString.class)
            .get(0)
            .getString();

    Api.Answer answer = login(user, body -> body.add("recoveryCode", recovery));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getString("status")).isEqualTo("AUTHENTICATED");

    assertThat(login(user, body -> body.add("recoveryCode", recovery)).status()).isEqualTo(401);
  }

  @Test
  void withoutAPairedDeviceTheCodeChangesNothingAndBothKindsAtOnceAreABadRequest() {
    String plain = Api.uniqueName("one-request-plain");
    api.createBackupUser(plain, PASSWORD, false);
    Api.Answer answer = login(plain, body -> body.add("code", "123456"));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().getString("status")).isEqualTo("AUTHENTICATED");

    String unpaired = Api.uniqueName("one-request-unpaired");
    api.createBackupUser(unpaired, PASSWORD, true);
    assertThat(login(unpaired, body -> body.add("code", "123456")).json().getString("status"))
        .isEqualTo("SETUP_PROMPT");

    Api.Answer both =
        login(plain, body -> body.add("code", "123456").add("recoveryCode", "abcde-fghjk"));
    assertThat(both.status()).isEqualTo(400);
  }

  private static jakarta.json.JsonObject setup(String user) {
    Api.Answer setup = api.login(user, PASSWORD);
    assertThat(setup.json().getString("status")).isEqualTo("SETUP_PROMPT");
    return setup.json();
  }

  private static Api.Answer login(
      String user, java.util.function.UnaryOperator<JsonObjectBuilder> factor) {
    return api.post(
        "/api/v1/auth/login", factor.apply(body(user, PASSWORD)).build().toString(), null);
  }

  private static JsonObjectBuilder body(String user, String password) {
    return Json.createObjectBuilder()
        .add("loginName", user)
        .add("password", password)
        .add("client", Json.createObjectBuilder().add("type", "API"));
  }
}
