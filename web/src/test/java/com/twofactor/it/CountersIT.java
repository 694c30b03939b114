package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login counters move with logins, and only administrators and API users read them. */
@ExtendWith(RunningApp.class)
class CountersIT {

  private static Api api;

  @BeforeAll
  static void connect() {
    api = new Api(RunningApp.baseUrl());
  }

  @Test
  void aLoginAndAWrongPasswordAreCountedByOutcome() {
    String admin = api.adminToken();
    JsonObject before = counters(admin);
    String name = Api.uniqueName("counted");
    api.createBackupUser(name, "counted-Password-1", false);

    api.token(name, "counted-Password-1");
    api.login(name, "not-the-password-1");

    JsonObject after = counters(admin);
    assertThat(value(after, "logins.authenticated") - value(before, "logins.authenticated"))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            value(after, "logins.refused.bad-credentials")
                - value(before, "logins.refused.bad-credentials"))
        .isGreaterThanOrEqualTo(1);
    assertThat(after.getString("since")).isNotBlank();
  }

  @Test
  void aBackupUserMayNotReadThem() {
    String name = Api.uniqueName("nosy");
    api.createBackupUser(name, "nosy-Password-1", false);

    assertThat(api.get("/api/v1/operations/counters", api.token(name, "nosy-Password-1")).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/operations/counters", null).status()).isEqualTo(401);
  }

  private static JsonObject counters(String token) {
    Api.Answer answer = api.get("/api/v1/operations/counters", token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static long value(JsonObject counters, String name) {
    JsonObject values = counters.getJsonObject("counters");
    return values.containsKey(name) ? values.getJsonNumber(name).longValue() : 0;
  }
}
