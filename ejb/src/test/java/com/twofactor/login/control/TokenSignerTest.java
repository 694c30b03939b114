package com.twofactor.login.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSignerTest {

  @Test
  void tokenCarriesTheClaimsMicroProfileJwtNeedsAndVerifiesWithThePublicKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    Instant now = Instant.parse("2026-11-22T10:00:00Z");
    var signer =
        new TokenSigner(
            (RSAPrivateKey) keys.getPrivate(),
            "twofactor",
            Duration.ofMinutes(15),
            Clock.fixed(now, ZoneOffset.UTC));

    SignedJWT jwt =
        SignedJWT.parse(signer.sign("alice", List.of("ADMIN"), "0f1e2d3c4b5a69788796a5b4c3d2e1f0"));

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isTrue();
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("twofactor");
    assertThat(claims.getSubject()).isEqualTo("alice");
    assertThat(claims.getStringClaim("upn")).isEqualTo("alice");
    assertThat(claims.getStringListClaim("groups")).containsExactly("ADMIN");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(now);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(now.plusSeconds(900));
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getStringClaim("stamp")).isEqualTo("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
  }
}
