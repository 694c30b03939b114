package com.twofactor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path folder;

  @Test
  void decryptsWhatItEncrypted() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());

    String text = cipher.encrypt(SEED);

    assertThat(text).startsWith("v1:");
    assertThat(cipher.decrypt(text)).isEqualTo(SEED);
    assertThat(cipher.decrypt(cipher.encrypt(new byte[0]))).isEmpty();
  }

  @Test
  void sameBytesEncryptDifferentlyEachTime() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());

    assertThat(cipher.encrypt(SEED)).isNotEqualTo(cipher.encrypt(SEED));
  }

  @Test
  void textRevealsNothingOfThePlainBytes() throws Exception {
    String text = SecretCipher.of(newKey()).encrypt(SEED);

    assertThat(text)
        .doesNotContain(new String(SEED, StandardCharsets.US_ASCII))
        .doesNotContainIgnoringCase(HexFormat.of().formatHex(SEED))
        .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(SEED))
        .doesNotContain("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // the seed in base32
  }

  @Test
  void alteredTextIsRefused() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());
    byte[] stored = Base64.getDecoder().decode(cipher.encrypt(SEED).substring(3));
    stored[stored.length / 2] ^= 1;
    String altered = "v1:" + Base64.getEncoder().encodeToString(stored);

    assertThatThrownBy(() -> cipher.decrypt(altered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another key")
        .hasMessageContaining("altered");
  }

  @Test
  void textOfAnotherKeyIsRefused() throws Exception {
    String text = SecretCipher.of(newKey()).encrypt(SEED);

    assertThatThrownBy(() -> SecretCipher.of(newKey()).decrypt(text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("twofactor.secrets.key-file");
  }

  @Test
  void malformedTextIsRefused() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());

    assertThatThrownBy(() -> cipher.decrypt("GEZDGNBVGY3TQOJQ"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt("v1:***")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyAes256KeysAreAccepted() {
    assertThatThrownBy(() -> SecretCipher.of(new SecretKeySpec(new byte[16], "AES")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecretCipher.of(new SecretKeySpec(new byte[32], "HmacSHA256")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keyIsGeneratedIntoTheDataFolderReadableByItsOwnerOnly() throws Exception {
    SecretCipher first = SecretCipher.fromDataFolder(folder);

    Path keyFile = folder.resolve("secrets.key");
    assertThat(keyFile).exists();
    assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
    assertThat(first.decrypt(first.encrypt(SEED))).isEqualTo(SEED);
    try (var files = Files.list(folder)) {
      assertThat(files).as("no temporary file left").containsExactly(keyFile);
    }
    assumeTrue(Files.getFileStore(keyFile).supportsFileAttributeView("posix"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
  }

  @Test
  void generatedKeyIsReusedOnTheNextStart() {
    String text = SecretCipher.fromDataFolder(folder).encrypt(SEED);

    assertThat(SecretCipher.fromDataFolder(folder).decrypt(text)).isEqualTo(SEED);
  }

  @Test
  void configuredKeyFileHoldsTheBase64OfThirtyTwoBytes() throws Exception {
    byte[] raw = new byte[32];
    raw[0] = 7;
    Path keyFile =
        Files.writeString(
            folder.resolve("configured.key"), Base64.getEncoder().encodeToString(raw) + "\n");
    String text = SecretCipher.of(new SecretKeySpec(raw, "AES")).encrypt(SEED);

    assertThat(SecretCipher.fromKeyFile(keyFile).decrypt(text)).isEqualTo(SEED);
  }

  @Test
  void keyFileOfAnotherFormIsRefusedWithoutQuotingIt() throws Exception {
    String content = Base64.getEncoder().encodeToString(new byte[16]);
    Path keyFile = Files.writeString(folder.resolve("short.key"), content);

    assertThatThrownBy(() -> SecretCipher.fromKeyFile(keyFile))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("base64 form of 32 bytes")
        .hasMessageNotContaining(content);
    assertThatThrownBy(() -> SecretCipher.fromKeyFile(folder.resolve("missing.key")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not exist");
  }

  private static SecretKey newKey() throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    return generator.generateKey();
  }
}
