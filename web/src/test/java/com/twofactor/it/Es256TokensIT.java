package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A provider who sets {@code twofactor.jwt.algorithm=ES256} gets access tokens signed with a
 * generated EC P-256 pair, and MicroProfile JWT accepts exactly those: a token with the same claims
 * signed by another EC key, or by an RSA key (RS256), is refused on every endpoint.
 */
class Es256TokensIT {

  private static final String ADMIN_PASSWORD = "es256-Admin-1";

  @Test
  void es256TokensAreIssuedAndOnlyTheServersOwnAreAccepted() throws Exception {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "es256");
    RunningApp.deleteRecursively(work);
    Path data = work.resolve("data");
    List<String> options = new ArrayList<>(ItDatabase.freshDatabaseOptions("es256", data));
    options.add("-Dtwofactor.admin.password=" + ADMIN_PASSWORD);
    options.add("-Dtwofactor.jwt.algorithm=ES256");

    try (MicroServer server = new MicroServer(work, options).start()) {
      Api api = new Api(server.baseUrl());
      String token = api.token("system", ADMIN_PASSWORD);
      SignedJWT issued = SignedJWT.parse(token);

      assertThat(issued.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
      assertThat(data.resolve("jwt-es256-signing-key.pem")).exists();
      assertThat(data.resolve("jwt-signing-key.pem")).doesNotExist();
      assertThat(api.get("/api/v1/settings/two-factor", token).status()).isEqualTo(200);

      String otherEcKey = ForgedTokens.resignedByAnotherEcKey(issued);
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      String rsaKey =
          ForgedTokens.resign(
              issued, JWSAlgorithm.RS256, new RSASSASigner(rsa.generateKeyPair().getPrivate()));

      assertThat(api.get("/api/v1/settings/two-factor", otherEcKey).status()).isEqualTo(401);
      assertThat(api.get("/api/v1/settings/two-factor", rsaKey).status()).isEqualTo(401);
      assertThat(api.get("/api/v1/settings/two-factor", token).status()).isEqualTo(200);
    }
  }
}
