package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApp.class)
class OperationsIT {

  private final Api api = new Api(RunningApp.baseUrl());

  @Test
  void readinessReportsTheDatabaseUp() {
    Api.Answer ready = api.get("/health/ready", null);

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP");
  }

  @Test
  void openApiDescribesTheApi() {
    Api.Answer openApi = api.get("/openapi", null);

    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body())
        .contains("/api/v1/auth/login")
        .contains("/api/v1/backup-users")
        .contains("/api/v1/policy-groups")
        .contains("/api/v1/system-users");
  }

  @Test
  void unknownApiPathIsAProblemNotAnHtmlPage() {
    Api.Answer answer = api.get("/api/v1/no-such-thing", api.adminToken());

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }
}
