package com.twofactor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest
  @CsvSource({"RS256, jwt-", "ES256, jwt-es256-"})
  void halvesOfTwoDifferentPairsAreRefused(String algorithm, String filePrefix) throws Exception {
    Path first = Files.createDirectory(folder.resolve("first"));
    Path second = Files.createDirectory(folder.resolve("second"));
    SigningKeys.load(generated(first.toString(), algorithm));
    SigningKeys.load(generated(second.toString(), algorithm));

    assertThatThrownBy(
            () ->
                SigningKeys.load(
                    configured(
                        algorithm,
                        first.resolve(filePrefix + "signing-key.pem"),
                        second.resolve(filePrefix + "verification-key.pem"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not belong to the private key");
  }

  @Test
  void es256GeneratesAnEcP256PairBesideTheRsaOneAndEachAlgorithmKeepsItsOwn() throws Exception {
    SigningKeys rsa = SigningKeys.load(config(Map.of("twofactor.data.dir", folder.toString())));
    SigningKeys ec = SigningKeys.load(generated(folder.toString(), "ES256"));

    assertThat(rsa.algorithm()).isEqualTo(SigningKeys.Algorithm.RS256);
    assertThat(rsa.publicKey()).isInstanceOf(RSAPublicKey.class);
    assertThat(ec.algorithm()).isEqualTo(SigningKeys.Algorithm.ES256);
    assertThat(ec.publicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(((ECPublicKey) ec.publicKey()).getParams().getOrder().bitLength()).isEqualTo(256);
    assertThat(folder.resolve("jwt-es256-signing-key.pem")).exists();
    assertThat(folder.resolve("jwt-signing-key.pem")).exists();
    assertThat(SigningKeys.load(generated(folder.toString(), "es256")).fingerprint())
        .isEqualTo(ec.fingerprint())
        .isNotEqualTo(rsa.fingerprint());
  }

  @Test
  void configuredFilesMustHoldAPairOfTheConfiguredAlgorithm() throws Exception {
    SigningKeys.load(config(Map.of("twofactor.data.dir", folder.toString())));

    assertThatThrownBy(
            () ->
                SigningKeys.load(
                    configured(
                        "ES256",
                        folder.resolve("jwt-signing-key.pem"),
                        folder.resolve("jwt-verification-key.pem"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Not an EC key pair")
        .hasMessageContaining("twofactor.jwt.algorithm=ES256");
    Path p384 = Files.createDirectory(folder.resolve("p384"));
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp384r1"));
    KeyPair pair = generator.generateKeyPair();
    Files.writeString(
        p384.resolve("private.pem"),
        SigningKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(
        p384.resolve("public.pem"), SigningKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    assertThatThrownBy(
            () ->
                SigningKeys.load(
                    configured("ES256", p384.resolve("private.pem"), p384.resolve("public.pem"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("P-256");
    assertThatThrownBy(() -> SigningKeys.load(generated(folder.toString(), "HS256")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RS256 or ES256");
  }

  /** A configuration generating pairs of {@code algorithm} into {@code dataFolder}. */
  private static Config generated(String dataFolder, String algorithm) {
    return config(Map.of("twofactor.data.dir", dataFolder, SigningKeys.ALGORITHM, algorithm));
  }

  /** A configuration naming the key files of a pair of {@code algorithm}. */
  private static Config configured(String algorithm, Path privateKey, Path publicKey) {
    return config(
        Map.of(
            SigningKeys.ALGORITHM,
            algorithm,
            SigningKeys.PRIVATE_KEY_FILE,
            privateKey.toString(),
            SigningKeys.PUBLIC_KEY_FILE,
            publicKey.toString()));
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
