package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every node of an installation holds the same keys. The first start records the fingerprints of
 * the key that encrypts stored secrets and of the token signing key; a node started later on the
 * same database with another key refuses to start: its deployment fails, its log says which key
 * differs and what to do, and it never gets ready. Three starts on one database, one after the
 * other (an embedded H2 file serves one process at a time).
 */
class KeysAcrossNodesIT {

  private static final String ADMIN_PASSWORD = "keys-Admin-1";
  private static final Duration LIMIT = Duration.ofSeconds(180);

  @Test
  void aNodeWithAnotherKeyRefusesToStartAndSaysWhichKeyAndWhatToDo() throws Exception {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "keys");
    RunningApp.deleteRecursively(work);
    Path otherKeys = Files.createDirectories(work.resolve("other-keys"));
    List<String> database = ItDatabase.freshDatabaseOptions("keys", work.resolve("data"));

    try (MicroServer first = new MicroServer(work, options(database)).start()) {
      assertThat(new Api(first.baseUrl()).login("system", ADMIN_PASSWORD).status()).isEqualTo(200);
      assertThat(first.logOfThisStart())
          .contains("This node holds the secrets key and the token signing key");
    }

    Path secretsKey = otherKeys.resolve("secrets.key");
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    Files.writeString(secretsKey, Base64.getEncoder().encodeToString(raw));
    try (MicroServer second =
        new MicroServer(work, options(database, "-Dtwofactor.secrets.key-file=" + secretsKey))) {
      assertRefused(second);
      assertThat(second.logOfThisStart())
          .contains("TwoFactor does not start on this node")
          .contains("This node's secrets key")
          .contains("Give every node the same key file (twofactor.secrets.key-file")
          .contains("See README")
          .doesNotContain("This node's token signing key");
    }

    Path privateKey = otherKeys.resolve("jwt-signing-key.pem");
    Path publicKey = otherKeys.resolve("jwt-verification-key.pem");
    writeKeyPair(privateKey, publicKey);
    try (MicroServer third =
        new MicroServer(
            work,
            options(
                database,
                "-Dtwofactor.jwt.private-key-file=" + privateKey,
                "-Dtwofactor.jwt.public-key-file=" + publicKey))) {
      assertRefused(third);
      assertThat(third.logOfThisStart())
          .contains("TwoFactor does not start on this node")
          .contains("This node's token signing key")
          .contains("twofactor.jwt.private-key-file")
          .doesNotContain("This node's secrets key");
    }
  }

  /**
   * A database from before fingerprints were recorded tells whose key it is by its stored secrets.
   * On an upgraded install that has no device yet, the only one is the imported Twilio auth token:
   * a node with another key must not start (and record its own fingerprint) on it either.
   */
  @Test
  void anotherKeyThatCannotReadTheTwilioAuthTokenRefusesToStart() throws Exception {
    Path work =
        Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "keys-twilio");
    RunningApp.deleteRecursively(work);
    Path data = work.resolve("data");
    List<String> database = ItDatabase.freshDatabaseOptions("keys_twilio", data);
    try (TwilioServer twilio = new TwilioServer()) {
      List<String> legacy =
          options(
              database,
              "-Dtwofactor.twilio.api-base-url=" + twilio.baseUrl(),
              "-Dtwofactor.legacy.twilio-file=" + LegacyApp.writeLegacyFile(work).toAbsolutePath());
      try (MicroServer first = new MicroServer(work, legacy).start()) {
        Api api = new Api(first.baseUrl());
        String admin = api.token("system", ADMIN_PASSWORD);
        assertThat(api.get("/api/v1/settings/twilio", admin).json().getBoolean("authTokenSet"))
            .isTrue();
      }
      ItDatabase.execute("keys_twilio", data, "DELETE FROM key_fingerprint");

      Path secretsKey = Files.createDirectories(work.resolve("other-keys")).resolve("secrets.key");
      byte[] raw = new byte[32];
      new SecureRandom().nextBytes(raw);
      Files.writeString(secretsKey, Base64.getEncoder().encodeToString(raw));
      try (MicroServer other =
          new MicroServer(work, options(database, "-Dtwofactor.secrets.key-file=" + secretsKey))) {
        assertRefused(other);
        assertThat(other.logOfThisStart())
            .contains("TwoFactor does not start on this node")
            .contains("does not decrypt the secrets this database already holds")
            .doesNotContain(LegacyApp.AUTH_TOKEN);
      }

      try (MicroServer same = new MicroServer(work, options(database)).start()) {
        Api api = new Api(same.baseUrl());
        String admin = api.token("system", ADMIN_PASSWORD);
        assertThat(api.get("/api/v1/settings/twilio", admin).status()).isEqualTo(200);
        assertThat(same.logOfThisStart())
            .contains("This node holds the secrets key and the token signing key");
      }
    }
  }

  /** Not ready (its readiness check DOWN), and serving nothing of the application. */
  private static void assertRefused(MicroServer server) {
    assertThat(server.startWithin(LIMIT)).as("ready").isFalse();
    assertThat(server.isReady()).as("ready afterwards").isFalse();
    Api api = new Api(server.baseUrl());
    Api.Answer readiness = api.get("/health/ready", null);
    assertThat(readiness.status()).as("/health/ready").isEqualTo(503);
    assertThat(readiness.body()).contains("DOWN");
    assertThat(api.login("system", ADMIN_PASSWORD).status()).as("login").isEqualTo(404);
  }

  private static List<String> options(List<String> database, String... more) {
    List<String> options = new ArrayList<>(database);
    options.add("-Dtwofactor.admin.password=" + ADMIN_PASSWORD);
    options.addAll(List.of(more));
    return options;
  }

  private static void writeKeyPair(Path privateKey, Path publicKey) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
