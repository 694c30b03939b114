package com.twofactor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  @TempDir Path folder;

  @Test
  void fingerprintIsTheSha256OfThePublicKey() throws Exception {
    SigningKeys keys = SigningKeys.load(config(Map.of("twofactor.data.dir", folder.toString())));

    assertThat(keys.fingerprint())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256").digest(keys.publicKey().getEncoded())));
    assertThat(SigningKeys.load(config(Map.of("twofactor.data.dir", folder.toString()))))
        .extracting(SigningKeys::fingerprint)
        .isEqualTo(keys.fingerprint());
  }

  @Test
  void halvesOfTwoDifferentPairsAreRefused() throws Exception {
    Path first = Files.createDirectory(folder.resolve("first"));
    Path second = Files.createDirectory(folder.resolve("second"));
    SigningKeys.load(config(Map.of("twofactor.data.dir", first.toString())));
    SigningKeys.load(config(Map.of("twofactor.data.dir", second.toString())));

    assertThatThrownBy(
            () ->
                SigningKeys.load(
                    config(
                        Map.of(
                            SigningKeys.PRIVATE_KEY_FILE,
                            first.resolve("jwt-signing-key.pem").toString(),
                            SigningKeys.PUBLIC_KEY_FILE,
                            second.resolve("jwt-verification-key.pem").toString()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not belong to the private key");
  }

  @Test
  void es256GeneratesAnEcP256PairBesideTheRsaOneAndEachAlgorithmKeepsItsOwn() throws Exception {
    SigningKeys rsa = SigningKeys.load(config(Map.of("twofactor.data.dir", folder.toString())));
    SigningKeys ec =
        SigningKeys.load(
            config(
                Map.of("twofactor.data.dir", folder.toString(), SigningKeys.ALGORITHM, "ES256")));

    assertThat(rsa.algorithm()).isEqualTo(SigningKeys.Algorithm.RS256);
    assertThat(rsa.publicKey()).isInstanceOf(RSAPublicKey.class);
    assertThat(ec.algorithm()).isEqualTo(SigningKeys.Algorithm.ES256);
    assertThat(ec.publicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(((ECPublicKey) ec.publicKey()).getParams().getOrder().bitLength()).isEqualTo(256);
    assertThat(folder.resolve("jwt-es256-signing-key.pem")).exists();
    assertThat(folder.resolve("jwt-signing-key.pem")).exists();
    assertThat(
            SigningKeys.load(
                    config(
                        Map.of(
                            "twofactor.data.dir",
                            folder.toString(),
                            SigningKeys.ALGORITHM,
                            "es256")))
                .fingerprint())
        .isEqualTo(ec.fingerprint())
        .isNotEqualTo(rsa.fingerprint());
  }

  @Test
  void configuredFilesMustHoldAPairOfTheConfiguredAlgorithm() throws Exception {
    SigningKeys.load(config(Map.of("twofactor.data.dir", folder.toString())));

    assertThatThrownBy(
            () ->
                SigningKeys.load(
                    config(
                        Map.of(
                            SigningKeys.ALGORITHM,
                            "ES256",
                            SigningKeys.PRIVATE_KEY_FILE,
                            folder.resolve("jwt-signing-key.pem").toString(),
                            SigningKeys.PUBLIC_KEY_FILE,
                            folder.resolve("jwt-verification-key.pem").toString()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Not an EC key pair")
        .hasMessageContaining("twofactor.jwt.algorithm=ES256");
    assertThatThrownBy(
            () ->
                SigningKeys.load(
                    config(
                        Map.of(
                            "twofactor.data.dir",
                            folder.toString(),
                            SigningKeys.ALGORITHM,
                            "HS256"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RS256 or ES256");
  }

  @Test
  void ecHalvesOfTwoDifferentPairsAreRefused() throws Exception {
    Path first = Files.createDirectory(folder.resolve("first"));
    Path second = Files.createDirectory(folder.resolve("second"));
    SigningKeys.load(
        config(Map.of("twofactor.data.dir", first.toString(), SigningKeys.ALGORITHM, "ES256")));
    SigningKeys.load(
        config(Map.of("twofactor.data.dir", second.toString(), SigningKeys.ALGORITHM, "ES256")));

    assertThatThrownBy(
            () ->
                SigningKeys.load(
                    config(
                        Map.of(
                            SigningKeys.ALGORITHM,
                            "ES256",
                            SigningKeys.PRIVATE_KEY_FILE,
                            first.resolve("jwt-es256-signing-key.pem").toString(),
                            SigningKeys.PUBLIC_KEY_FILE,
                            second.resolve("jwt-es256-verification-key.pem").toString()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not belong to the private key");
  }

  /** A configuration holding only {@code values}; SigningKeys reads optional values alone. */
  private static Config config(Map<String, String> values) {
    return (Config)
        Proxy.newProxyInstance(
            Config.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(values.get((String) args[0]));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
