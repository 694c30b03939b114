package com.twofactor.config;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encrypts the secrets the database must be able to give back, such as TOTP seeds, with AES-256-GCM
 * (NIST SP 800-38D): a fresh random 96-bit nonce for every value and a 128-bit authentication tag,
 * so a value encrypted under another key or altered in the database is refused rather than
 * decrypted to garbage. Random nonces keep the key safe for far more than the 2<sup>32</sup> values
 * the standard allows per key, more secrets than this application ever stores.
 *
 * <p>Each value is bound to the record it belongs to: the caller names that record (for example
 * {@code authenticator_secret:device=42:account=7}) and the name goes into the GCM additional data.
 * A value copied into another record's row is then refused like an altered one, so whoever can
 * write the database cannot move a secret from one device or account to another.
 *
 * <p>The stored text is {@code v2:} followed by the base64 of nonce ‖ ciphertext ‖ tag; the
 * additional data is {@code v2:} and the record's name. Values of the earlier form {@code v1:},
 * bound to nothing but their format, are still read.
 *
 * <p>The key: the file named by {@code twofactor.secrets.key-file}, holding the base64 form of 32
 * bytes (for example {@code openssl rand -base64 32}); give every node of a cluster the same file.
 * Without it, a key is generated at first use into the data folder as {@code secrets.key}, readable
 * by its owner only. Losing the key makes every encrypted value unreadable: back it up with the
 * database. {@link #fingerprint()} names the key without revealing it, so nodes can compare keys.
 */
public final class SecretCipher {

  public static final String KEY_FILE = "twofactor.secrets.key-file";

  static final String GENERATED_KEY_FILE = "secrets.key";
  static final int KEY_BYTES = 32;

  private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final String VERSION = "v2";
  private static final String PREFIX = VERSION + ":";
  private static final String UNBOUND_PREFIX = "v1:";
  private static final byte[] UNBOUND_ASSOCIATED_DATA = "v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FINGERPRINT_LABEL =
      "TwoFactor secrets key fingerprint".getBytes(StandardCharsets.US_ASCII);
  private static final int FINGERPRINT_BYTES = 16;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String MAC = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private static SecretCipher configured;

  private final SecretKey key;

  private SecretCipher(SecretKey key) {
    this.key = key;
  }

  /** A cipher over the given AES-256 key. */
  public static SecretCipher of(SecretKey key) {
    Objects.requireNonNull(key, "key");
    if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("An AES key is required, not " + key.getAlgorithm());
    }
    byte[] encoded = key.getEncoded();
    if (encoded != null) {
      int length = encoded.length;
      Arrays.fill(encoded, (byte) 0);
      if (length != KEY_BYTES) {
        throw new IllegalArgumentException("An AES key of 256 bits is required");
      }
    }
    return new SecretCipher(key);
  }

  /**
   * The cipher of this installation: the configured key file, or the key generated into the data
   * folder. Read once and kept for the life of the application.
   */
  public static synchronized SecretCipher fromConfig() {
    if (configured == null) {
      Config config = ConfigProvider.getConfig();
      configured =
          config
              .getOptionalValue(KEY_FILE, String.class)
              .filter(file -> !file.isBlank())
              .map(file -> fromKeyFile(Path.of(file.strip())))
              .orElseGet(() -> fromDataFolder(DataFolder.resolve(config)));
    }
    return configured;
  }

  /**
   * Encrypts {@code plain} under a fresh nonce, bound to {@code record}; the same bytes never give
   * the same text twice.
   *
   * @param record names the record the value is stored in, for example {@code
   *     authenticator_secret:device=42}; the same name must be given to {@link #decrypt}
   */
  public String encrypt(byte[] plain, String record) {
    Objects.requireNonNull(plain, "plain");
    byte[] associatedData = boundTo(record);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plain);
      byte[] stored =
          ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * A keyed hash (HMAC-SHA256, RFC 2104) of {@code data} under a key derived from this key for one
   * {@code purpose}, so values that are only ever compared, such as recovery codes, are worthless
   * to whoever copies the database without the key.
   */
  public byte[] keyedHash(String purpose, byte[] data) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(data, "data");
    try {
      Mac derive = Mac.getInstance(MAC);
      derive.init(new SecretKeySpec(key.getEncoded(), MAC));
      byte[] purposeKey = derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance(MAC);
      mac.init(new SecretKeySpec(purposeKey, MAC));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 failed", e);
    }
  }

  /**
   * Decrypts a text made by {@link #encrypt} for the same record, or a text of the earlier form
   * {@code v1:}, which is bound to no record.
   *
   * @throws UnreadableSecretException when the text is not in either form, was encrypted under
   *     another key or for another record, or was altered
   */
  public byte[] decrypt(String text, String record) {
    Objects.requireNonNull(text, "text");
    byte[] associatedData;
    String body;
    if (text.startsWith(PREFIX)) {
      associatedData = boundTo(record);
      body = text.substring(PREFIX.length());
    } else if (text.startsWith(UNBOUND_PREFIX)) {
      associatedData = UNBOUND_ASSOCIATED_DATA;
      body = text.substring(UNBOUND_PREFIX.length());
    } else {
      throw new UnreadableSecretException(
          "Not an encrypted secret of format " + VERSION + " or v1");
    }
    byte[] stored;
    try {
      stored = Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new UnreadableSecretException("An encrypted secret is not valid base64");
    }
    if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new UnreadableSecretException("An encrypted secret is truncated");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new UnreadableSecretException(
          "An encrypted secret cannot be decrypted: it was encrypted under another key ("
              + KEY_FILE
              + "), belongs to another record, or was altered");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  /** Whether {@code text} is of the earlier form, bound to no record; it is still read. */
  public static boolean isUnbound(String text) {
    return text != null && text.startsWith(UNBOUND_PREFIX);
  }

  /**
   * Names this key without revealing it: the first 128 bits, in hex, of HMAC-SHA256 (RFC 2104)
   * keyed by it over a fixed label. Two nodes have the same key exactly when their fingerprints are
   * equal; the fingerprint does not help anyone find the key.
   */
  public String fingerprint() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] tag = mac.doFinal(FINGERPRINT_LABEL);
      return HexFormat.of().formatHex(tag, 0, FINGERPRINT_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static byte[] boundTo(String record) {
    Objects.requireNonNull(record, "record");
    if (record.isBlank()) {
      throw new IllegalArgumentException("A secret is bound to a named record");
    }
    return (PREFIX + record).getBytes(StandardCharsets.UTF_8);
  }

  /** The cipher over the key in {@code file}, the base64 form of 32 bytes. */
  static SecretCipher fromKeyFile(Path file) {
    return new SecretCipher(SecretKeyFile.read(file));
  }

  /** The cipher over the key generated into {@code folder}, generating it when absent. */
  static SecretCipher fromDataFolder(Path folder) {
    return new SecretCipher(SecretKeyFile.generatedIn(folder));
  }
}
