package com.twofactor.login.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.SignedJWT;
import com.twofactor.it.Api;
import com.twofactor.it.ForgedTokens;
import com.twofactor.it.RunningApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApp.class)
class LoginApiIT {

  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(RunningApp.baseUrl());
  }

  @Test
  void builtInAdminGetsAnRs256TokenWithRoleAndFifteenMinuteExpiry() {
    Api.Answer answer = api.login("system", RunningApp.adminPassword());

    assertThat(answer.status()).isEqualTo(200);
    JsonObject body = answer.json();
    assertThat(body.getString("status")).isEqualTo("AUTHENTICATED");
    assertThat(body.getInt("expiresIn")).isEqualTo(900);
    String[] parts = body.getString("token").split("\\.");
    assertThat(parts).hasSize(3);
    assertThat(decode(parts[0]).getString("alg")).isEqualTo("RS256");
    JsonObject claims = decode(parts[1]);
    assertThat(claims.getString("upn")).isEqualTo("system");
    assertThat(claims.getString("iss")).isEqualTo("twofactor");
    assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("ADMIN");
    assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue())
        .isEqualTo(900);
  }

  @Test
  void unknownLoginNameAndWrongPasswordGetTheSameAnswer() {
    Api.Answer unknown = api.login(Api.uniqueName("nobody"), "whatever-password");
    Api.Answer wrong = api.login("system", "not-the-password");

    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.body()).isEqualTo(wrong.body());
  }

  @Test
  void accountIsLockedAfterTenFailuresEvenForTheRightPassword() {
    String name = Api.uniqueName("locked");
    api.createSystemUser(name, "READ_ONLY_ADMIN", "right-password-1");

    for (int i = 1; i < 10; i++) {
      assertThat(api.login(name, "wrong-password").status()).as("failure %d", i).isEqualTo(401);
    }
    Api.Answer tenth = api.login(name, "wrong-password");
    Api.Answer afterwards = api.login(name, "right-password-1");

    assertThat(tenth.status()).isEqualTo(423);
    assertThat(afterwards.status()).isEqualTo(423);
    assertThat(afterwards.json().getString("detail")).contains("locked until");
  }

  @Test
  void successfulLoginResetsTheFailureCount() {
    String name = Api.uniqueName("forgetful");
    api.createSystemUser(name, "READ_ONLY_ADMIN", "right-password-1");
    for (int i = 0; i < 9; i++) {
      api.login(name, "wrong-password");
    }
    assertThat(api.login(name, "right-password-1").status()).isEqualTo(200);

    for (int i = 0; i < 9; i++) {
      assertThat(api.login(name, "wrong-password").status()).isEqualTo(401);
    }
    assertThat(api.login(name, "right-password-1").status()).isEqualTo(200);
  }

  @Test
  void everyOtherEndpointRequiresAToken() {
    Api.Answer anonymous = api.get("/api/v1/backup-users", null);
    Api.Answer forged = api.get("/api/v1/backup-users", "eyJhbGciOiJub25lIn0.e30.");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(forged.status()).isEqualTo(401);
  }

  /**
   * A server left at RS256 accepts its own key's RS256 signature only: the same claims signed as
   * ES256 by an EC key, or as HS256 with the server's public key as the HMAC secret (the algorithm
   * confusion attack), are refused.
   */
  @Test
  void anRs256ServerRefusesItsClaimsSignedAnyOtherWay() throws Exception {
    String token = api.token("system", RunningApp.adminPassword());
    SignedJWT issued = SignedJWT.parse(token);
    String es256 = ForgedTokens.resignedByAnotherEcKey(issued);
    byte[] publicKeyPem =
        Files.readAllBytes(RunningApp.dataFolder().resolve("jwt-verification-key.pem"));
    String hs256WithThePublicKey =
        ForgedTokens.resign(issued, JWSAlgorithm.HS256, new MACSigner(publicKeyPem));

    assertThat(api.get("/api/v1/me", es256).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", hs256WithThePublicKey).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
  }

  @Test
  void malformedLoginIsABadRequestWithoutStackTrace() {
    Api.Answer answer = api.post("/api/v1/auth/login", "{not json", null);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at com.");
  }

  @Test
  void meNamesTheCallerOfTheToken() {
    Api.Answer me = api.get("/api/v1/me", api.adminToken());

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("loginName")).isEqualTo("system");
  }

  private static JsonObject decode(String part) {
    String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }
}
