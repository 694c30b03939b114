package com.twofactor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final String RECORD = "authenticator_secret:device=1";

  @TempDir Path folder;

  @Test
  void decryptsWhatItEncrypted() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());

    String text = cipher.encrypt(SEED, RECORD);

    assertThat(text).startsWith("v2:");
    assertThat(cipher.decrypt(text, RECORD)).isEqualTo(SEED);
    assertThat(cipher.decrypt(cipher.encrypt(new byte[0], RECORD), RECORD)).isEmpty();
  }

  @Test
  void sameBytesEncryptDifferentlyEachTime() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());

    assertThat(cipher.encrypt(SEED, RECORD)).isNotEqualTo(cipher.encrypt(SEED, RECORD));
  }

  @Test
  void textRevealsNothingOfThePlainBytes() throws Exception {
    String text = SecretCipher.of(newKey()).encrypt(SEED, RECORD);

    assertThat(text)
        .doesNotContain(new String(SEED, StandardCharsets.US_ASCII))
        .doesNotContainIgnoringCase(HexFormat.of().formatHex(SEED))
        .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(SEED))
        .doesNotContain("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // the seed in base32
  }

  @Test
  void alteredTextIsRefused() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());
    byte[] stored = Base64.getDecoder().decode(cipher.encrypt(SEED, RECORD).substring(3));
    stored[stored.length / 2] ^= 1;
    String altered = "v2:" + Base64.getEncoder().encodeToString(stored);

    assertThatThrownBy(() -> cipher.decrypt(altered, RECORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another key")
        .hasMessageContaining("altered");
  }

  @Test
  void textOfAnotherKeyIsRefused() throws Exception {
    String text = SecretCipher.of(newKey()).encrypt(SEED, RECORD);

    assertThatThrownBy(() -> SecretCipher.of(newKey()).decrypt(text, RECORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("twofactor.secrets.key-file");
  }

  @Test
  void malformedTextIsRefused() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());

    assertThatThrownBy(() -> cipher.decrypt("GEZDGNBVGY3TQOJQ", RECORD))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt("v2:***", RECORD))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt("v1:AAAA", RECORD))
        .isInstanceOf(IllegalStateException.class);
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
    assertThat(first.decrypt(first.encrypt(SEED, RECORD), RECORD)).isEqualTo(SEED);
    try (var files = Files.list(folder)) {
      assertThat(files).as("no temporary file left").containsExactly(keyFile);
    }
    assumeTrue(Files.getFileStore(keyFile).supportsFileAttributeView("posix"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
  }

  @Test
  void generatedKeyIsReusedOnTheNextStart() {
    String text = SecretCipher.fromDataFolder(folder).encrypt(SEED, RECORD);

    assertThat(SecretCipher.fromDataFolder(folder).decrypt(text, RECORD)).isEqualTo(SEED);
  }

  @Test
  void configuredKeyFileHoldsTheBase64OfThirtyTwoBytes() throws Exception {
    byte[] raw = new byte[32];
    raw[0] = 7;
    Path keyFile =
        Files.writeString(
            folder.resolve("configured.key"), Base64.getEncoder().encodeToString(raw) + "\n");
    String text = SecretCipher.of(new SecretKeySpec(raw, "AES")).encrypt(SEED, RECORD);

    assertThat(SecretCipher.fromKeyFile(keyFile).decrypt(text, RECORD)).isEqualTo(SEED);
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

  @Test
  void textCopiedToAnotherRecordIsRefused() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());
    String text = cipher.encrypt(SEED, "authenticator_secret:device=1:account=7");

    assertThatThrownBy(() -> cipher.decrypt(text, "authenticator_secret:device=2:account=7"))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessageContaining("another record");
    assertThatThrownBy(() -> cipher.decrypt(text, "authenticator_secret:device=1:account=8"))
        .isInstanceOf(UnreadableSecretException.class);
    assertThatThrownBy(() -> cipher.decrypt(text, "twilio_settings:1"))
        .isInstanceOf(UnreadableSecretException.class);
    assertThat(cipher.decrypt(text, "authenticator_secret:device=1:account=7")).isEqualTo(SEED);
  }

  @Test
  void aRecordMustBeNamed() throws Exception {
    SecretCipher cipher = SecretCipher.of(newKey());

    assertThatThrownBy(() -> cipher.encrypt(SEED, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cipher.encrypt(SEED, null)).isInstanceOf(NullPointerException.class);
  }

  /** A value stored before secrets were bound to their record: AAD "v1", no record. */
  @Test
  void textOfTheEarlierUnboundFormIsStillRead() throws Exception {
    SecretKey key = newKey();
    byte[] nonce = new byte[12];
    new SecureRandom().nextBytes(nonce);
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    gcm.updateAAD("v1".getBytes(StandardCharsets.US_ASCII));
    byte[] sealed = gcm.doFinal(SEED);
    byte[] stored = ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    String earlier = "v1:" + Base64.getEncoder().encodeToString(stored);

    SecretCipher cipher = SecretCipher.of(key);
    assertThat(SecretCipher.isUnbound(earlier)).isTrue();
    assertThat(cipher.decrypt(earlier, "authenticator_secret:device=1")).isEqualTo(SEED);
    assertThat(cipher.decrypt(earlier, "authenticator_secret:device=2")).isEqualTo(SEED);
    assertThat(SecretCipher.isUnbound(cipher.encrypt(SEED, RECORD))).isFalse();
    assertThatThrownBy(() -> SecretCipher.of(newKey()).decrypt(earlier, RECORD))
        .isInstanceOf(UnreadableSecretException.class);
  }

  @Test
  void fingerprintNamesTheKeyWithoutRevealingIt() throws Exception {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    SecretCipher cipher = SecretCipher.of(new SecretKeySpec(raw, "AES"));

    String fingerprint = cipher.fingerprint();

    assertThat(fingerprint).matches("[0-9a-f]{32}");
    assertThat(SecretCipher.of(new SecretKeySpec(raw.clone(), "AES")).fingerprint())
        .isEqualTo(fingerprint);
    assertThat(SecretCipher.of(newKey()).fingerprint()).isNotEqualTo(fingerprint);
    assertThat(HexFormat.of().formatHex(raw)).doesNotContain(fingerprint);
    assertThat(fingerprint).doesNotContain(HexFormat.of().formatHex(raw, 0, 4));
  }

  private static SecretKey newKey() throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    return generator.generateKey();
  }
}
