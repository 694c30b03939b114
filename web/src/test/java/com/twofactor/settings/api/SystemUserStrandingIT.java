package com.twofactor.settings.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import com.twofactor.testing.LoopbackHost;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpSecrets;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No change of the two-factor settings leaves the built-in {@code system} admin unable to log in:
 * every combination of the settings is saved as {@code system}, with and without a paired device of
 * its own; each accepted one is followed by a login of {@code system} through the API, completed to
 * the end; each one that would strand system users is refused with the reason. The settings and
 * {@code system}'s devices are put back afterwards.
 */
@ExtendWith(RunningApp.class)
class SystemUserStrandingIT {

  private static final String SETTINGS = "/api/v1/settings/two-factor";
  private static final List<String> APPS =
      List.of("BRANDED_MOBILE_APP", "MICROSOFT", "GOOGLE", "THIRD_PARTY");
  private static final Totp TOTP = Totp.standard();

  private static LoopbackHost readyHost;

  private final Api api = new Api(RunningApp.baseUrl());
  private String admin;
  private boolean pairedAtLogin;

  @BeforeAll
  static void startHost() {
    readyHost = LoopbackHost.http("/health/ready", 200);
  }

  @AfterAll
  static void stopHost() {
    readyHost.close();
  }

  @BeforeEach
  void connect() {
    admin = api.adminToken();
    // Pairing and resetting system's devices are factor changes: this token proves itself first.
    api.stepUpWithPassword(admin, RunningApp.adminPassword());
  }

  @AfterEach
  void restore() {
    Api.Answer restored = save(change(false, "BRANDED_MOBILE_APP", null, false));
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    Api.Answer reset = api.delete("/api/v1/accounts/system/devices", admin);
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    assertThat(status(api.login("system", RunningApp.adminPassword()))).isEqualTo("AUTHENTICATED");
  }

  @Test
  void noSettingsChangeStrandsTheBuiltInAdmin() {
    List<String> wrong = new ArrayList<>();
    int accepted = 0;
    int refused = 0;
    for (boolean paired : List.of(false, true)) {
      if (paired) {
        assertThat(save(change(false, "GOOGLE", null, false)).status()).isEqualTo(200);
        pairDeviceOfSystem();
      }
      for (boolean mobile : List.of(false, true)) {
        for (String app : APPS) {
          for (boolean require : List.of(false, true)) {
            for (String name : new String[] {null, "Authy"}) {
              String combination =
                  String.join(
                      " ",
                      "paired=" + paired,
                      "mobile=" + mobile,
                      app,
                      "require=" + require,
                      "name=" + name);
              boolean invalid = app.equals("THIRD_PARTY") && name == null;
              boolean strands =
                  mobile && (app.equals("BRANDED_MOBILE_APP") || (require && !paired));
              Api.Answer answer = save(change(mobile, app, name, require));
              int expected = invalid ? 400 : strands ? 409 : 200;
              if (answer.status() != expected) {
                wrong.add(combination + ": expected " + expected + ", got " + answer);
              } else if (expected == 409) {
                refused++;
                if (!answer.contentType().startsWith("application/problem+json")
                    || answer.json().getString("detail", "").isBlank()) {
                  wrong.add(combination + ": refused without a reason: " + answer);
                }
              } else if (expected == 200) {
                accepted++;
              }
              String login = systemLogsIn();
              if (login != null) {
                wrong.add(combination + ": system cannot log in: " + login);
              }
              if (pairedAtLogin && !paired) {
                // Back to "without a device" for the next combination.
                api.delete("/api/v1/accounts/system/devices", admin);
              }
              pairedAtLogin = false;
            }
          }
        }
      }
    }
    assertThat(wrong).as("combinations that went wrong").isEmpty();
    assertThat(accepted).as("accepted combinations").isEqualTo(43);
    assertThat(refused).as("refused combinations").isEqualTo(13);
  }

  @Test
  void brandedAppWithRequiredSystemUsersIsRefusedEvenWithATestedHost() {
    assertThat(save(change(false, "BRANDED_MOBILE_APP", null, false)).status()).isEqualTo(200);
    Api.Answer test = api.post(SETTINGS + "/host-test", "{}", admin);
    assertThat(test.json().getBoolean("recorded")).as(test.body()).isTrue();

    Api.Answer attack = save(change(true, "BRANDED_MOBILE_APP", null, true));

    assertThat(attack.status()).as(attack.body()).isEqualTo(409);
    assertThat(attack.contentType()).startsWith("application/problem+json");
    assertThat(attack.json().getString("detail"))
        .contains("branded mobile app cannot be paired")
        .contains("Google Authenticator");
    JsonObject kept = api.get(SETTINGS, admin).json();
    assertThat(kept.getBoolean("mobileAuthentication")).isFalse();
    assertThat(kept.getBoolean("requireForSystemUsers")).isFalse();
    assertThat(status(api.login("system", RunningApp.adminPassword()))).isEqualTo("AUTHENTICATED");
    assertThat(auditDetail()).contains("branded mobile app cannot be paired");
  }

  @Test
  void requiringSystemUsersNeedsADeviceOfTheSavingAdmin() {
    Api.Answer withoutDevice = save(change(true, "GOOGLE", null, true));

    assertThat(withoutDevice.status()).as(withoutDevice.body()).isEqualTo(409);
    assertThat(withoutDevice.json().getString("detail")).contains("pair an authenticator app");

    assertThat(save(change(false, "GOOGLE", null, false)).status()).isEqualTo(200);
    pairDeviceOfSystem();
    Api.Answer withDevice = save(change(true, "GOOGLE", null, true));

    assertThat(withDevice.status()).as(withDevice.body()).isEqualTo(200);
    assertThat(systemLogsIn()).isNull();
  }

  /**
   * Logs {@code system} in through the API and completes whatever second step is asked for.
   *
   * @return what went wrong, or {@code null} when the login completed
   */
  private String systemLogsIn() {
    Api.Answer login = api.login("system", RunningApp.adminPassword());
    if (login.status() != 200) {
      return login.toString();
    }
    JsonObject answer = login.json();
    String challenge = "/api/v1/auth/challenges/" + answer.getString("challengeId", "");
    Api.Answer done =
        switch (answer.getString("status")) {
          case "AUTHENTICATED" -> login;
          case "SETUP_PROMPT" -> api.post(challenge + "/skip", "{}", null);
          case "SETUP_REQUIRED" -> {
            pairedAtLogin = true;
            Api.Answer offer = api.post(challenge + "/pairing/totp", "{}", null);
            if (offer.status() != 200) {
              yield offer;
            }
            byte[] secret = TotpSecrets.fromBase32(offer.json().getString("manualEntryKey"));
            yield api.post(challenge + "/pairing/totp/confirm", codeBody(secret, 0), null);
          }
          case "CHALLENGE" -> {
            // A device paired now answers with the code of the next step: no step is used twice.
            byte[] secret = pairDeviceOfSystem();
            yield api.post(challenge + "/totp", codeBody(secret, 1), null);
          }
          default -> login;
        };
    return "AUTHENTICATED".equals(status(done)) ? null : done.toString();
  }

  /** Pairs one more authenticator app with {@code system}'s own account; returns its secret. */
  private byte[] pairDeviceOfSystem() {
    Api.Answer offer = api.post("/api/v1/me/devices/pairing", "{}", admin);
    assertThat(offer.status()).as(offer.body()).isEqualTo(200);
    byte[] secret = TotpSecrets.fromBase32(offer.json().getString("manualEntryKey"));
    Api.Answer confirmed =
        api.post(
            "/api/v1/me/devices/" + offer.json().getJsonNumber("deviceId").longValue() + "/confirm",
            codeBody(secret, 0),
            admin);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    return secret;
  }

  private static String codeBody(byte[] secret, int stepsFromNow) {
    String code = TOTP.code(secret, TOTP.stepAt(Instant.now()) + stepsFromNow);
    return Json.createObjectBuilder().add("code", code).build().toString();
  }

  private Api.Answer save(JsonObjectBuilder change) {
    long version = api.get(SETTINGS, admin).json().getJsonNumber("version").longValue();
    return api.put(SETTINGS, change.add("version", version).build().toString(), admin);
  }

  private static JsonObjectBuilder change(
      boolean mobile, String app, String thirdPartyName, boolean requireForSystemUsers) {
    JsonObjectBuilder change =
        Json.createObjectBuilder()
            .add("mobileAuthentication", mobile)
            .add("authenticatorApp", app)
            .add("requireForSystemUsers", requireForSystemUsers)
            .add(
                "host",
                Json.createObjectBuilder()
                    .add("protocol", "http")
                    .add("name", "127.0.0.1")
                    .add("port", readyHost.port()));
    if (thirdPartyName != null) {
      change.add("thirdPartyName", thirdPartyName);
    }
    return change;
  }

  private static String status(Api.Answer answer) {
    return answer.status() == 200 ? answer.json().getString("status", "") : "HTTP " + answer;
  }

  /** The detail of the newest refused settings change. */
  private String auditDetail() {
    Api.Answer trail = api.get("/api/v1/audit?action=SETTINGS_CHANGED&size=20", admin);
    return trail.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(entry -> "FAILURE".equals(entry.getString("outcome")))
        .map(entry -> entry.getString("detail", ""))
        .findFirst()
        .orElse("");
  }
}
