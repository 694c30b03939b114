package com.twofactor.login.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.twofactor.config.SigningKeys;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
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
            new SigningKeys(SigningKeys.Algorithm.RS256, keys.getPrivate(), keys.getPublic()),
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

  @Test
  void anEcKeySignsEs256TokensWithTheSameClaims() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    KeyPairGenerator otherGenerator = KeyPairGenerator.getInstance("EC");
    otherGenerator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair other = otherGenerator.generateKeyPair();
    var signer =
        new TokenSigner(
            new SigningKeys(SigningKeys.Algorithm.ES256, keys.getPrivate(), keys.getPublic()),
            "twofactor",
            Duration.ofMinutes(15),
            Clock.systemUTC());

    SignedJWT jwt = SignedJWT.parse(signer.sign("bob", List.of("API_USER"), "stamp-1"));

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) keys.getPublic()))).isTrue();
    assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) other.getPublic()))).isFalse();
    assertThat(jwt.getJWTClaimsSet().getStringListClaim("groups")).containsExactly("API_USER");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("stamp")).isEqualTo("stamp-1");
  }
}
