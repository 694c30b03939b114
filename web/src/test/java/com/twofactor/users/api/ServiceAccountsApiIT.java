package com.twofactor.users.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replication and redirector connections over the API: not a claim any client may make, but the
 * connection of service accounts an admin creates, whose tokens open nothing else here.
 */
@ExtendWith(RunningApp.class)
class ServiceAccountsApiIT {

  private static final String PASSWORD = "service-Password-1";

  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(RunningApp.baseUrl());
  }

  @AfterEach
  void mobileAuthenticationOff() {
    api.switchMobileAuthentication(false);
  }

  @Test
  void theBuiltInAdminClaimingReplicationGets403WithAReason() {
    api.switchMobileAuthentication(true);

    for (String type : new String[] {"REPLICATION", "REDIRECTOR"}) {
      Api.Answer answer = login("system", RunningApp.adminPassword(), type);
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().getString("detail")).contains(type + " service accounts only");
    }
  }

  @Test
  void aBackupUserClaimingReplicationGets403AndNoToken() {
    String user = Api.uniqueName("claimer");
    api.createBackupUser(user, PASSWORD, true);
    api.switchMobileAuthentication(true);

    Api.Answer answer = login(user, PASSWORD, "REPLICATION");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body()).doesNotContain("token");
  }

  @Test
  void aServiceAccountGetsAScopedTokenThatOpensNothingElse() {
    String name = Api.uniqueName("replica");
    Api.Answer created =
        api.post(
            "/api/v1/service-accounts",
            "{\"loginName\":\""
                + name
                + "\",\"kind\":\"REPLICATION\",\"password\":\""
                + PASSWORD
                + "\",\"description\":\"Replica in the second data centre\"}",
            api.adminToken());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(PASSWORD);
    api.switchMobileAuthentication(true);

    assertThat(login(name, PASSWORD, "API").status()).isEqualTo(403);
    assertThat(login(name, PASSWORD, "REDIRECTOR").status()).isEqualTo(403);
    Api.Answer replication = login(name, PASSWORD, "REPLICATION");
    assertThat(replication.status()).isEqualTo(200);
    String token = replication.json().getString("token");
    assertThat(claims(token).getJsonArray("groups").getString(0)).isEqualTo("SERVICE_REPLICATION");

    for (String path :
        new String[] {
          "/api/v1/me",
          "/api/v1/me/devices",
          "/api/v1/backup-users",
          "/api/v1/system-users",
          "/api/v1/settings/two-factor",
          "/api/v1/audit",
          "/api/v1/auth/challenges/0123456789abcdef0123456789abcdef"
        }) {
      Api.Answer refused = api.get(path, token);
      assertThat(refused.status()).as(path).isEqualTo(403);
    }
    assertThat(
            api.post(
                    "/api/v1/auth/challenges/0123456789abcdef0123456789abcdef/totp",
                    "{\"code\":\"123456\"}",
                    token)
                .status())
        .isEqualTo(403);
  }

  @Test
  void onlyAnAdminCreatesServiceAccounts() {
    String apiUser = Api.uniqueName("api");
    api.createSystemUser(apiUser, "API_USER", PASSWORD);
    String token = api.token(apiUser, PASSWORD);

    Api.Answer answer =
        api.post(
            "/api/v1/service-accounts",
            "{\"loginName\":\""
                + Api.uniqueName("sneaky")
                + "\",\"kind\":\"REDIRECTOR\",\"password\":\""
                + PASSWORD
                + "\"}",
            token);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(api.get("/api/v1/service-accounts", token).status()).isEqualTo(200);
  }

  private Api.Answer login(String loginName, String password, String type) {
    return api.post(
        "/api/v1/auth/login",
        Json.createObjectBuilder()
            .add("loginName", loginName)
            .add("password", password)
            .add("client", Json.createObjectBuilder().add("type", type))
            .build()
            .toString(),
        null);
  }

  private static JsonObject claims(String token) {
    String json =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }
}
