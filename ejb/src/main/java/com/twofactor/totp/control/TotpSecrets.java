package com.twofactor.totp.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP seeds and their base32 form (RFC 4648 section 6), the form users type into an authenticator
 * app when they cannot scan the QR code.
 */
public final class TotpSecrets {

  /** 160 bits: the HMAC-SHA-1 output length that RFC 4226 section 4 recommends for a seed. */
  public static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base32 BASE32 = new Base32();

  private TotpSecrets() {}

  /** A new random seed of {@value #SECRET_BYTES} bytes. */
  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /** Upper-case base32 without padding, as the Key URI format wants it. */
  public static String base32(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    String padded = BASE32.encodeAsString(secret);
    int end = padded.length();
    while (end > 0 && padded.charAt(end - 1) == '=') {
      end--;
    }
    return padded.substring(0, end);
  }

  /** Groups of four separated by a space ({@code ABCD EFGH IJ}), easier to read and to type. */
  public static String grouped(String base32) {
    Objects.requireNonNull(base32, "base32");
    StringBuilder grouped = new StringBuilder(base32.length() + base32.length() / 4);
    for (int i = 0; i < base32.length(); i += 4) {
      if (i > 0) {
        grouped.append(' ');
      }
      grouped.append(base32, i, Math.min(i + 4, base32.length()));
    }
    return grouped.toString();
  }

  /**
   * The seed a base32 text stands for, as a user may type or paste it: spaces, lower case and
   * padding are accepted.
   *
   * @throws IllegalArgumentException when the text holds anything else; the message does not quote
   *     the text, which is a secret
   */
  public static byte[] fromBase32(String text) {
    Objects.requireNonNull(text, "text");
    String compact = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
    if (compact.isEmpty()) {
      throw new IllegalArgumentException("The base32 secret is empty");
    }
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7')) {
        throw new IllegalArgumentException(
            "A base32 secret holds only the letters A to Z and the digits 2 to 7");
      }
    }
    int rest = compact.length() % 8;
    if (rest == 1 || rest == 3 || rest == 6) {
      throw new IllegalArgumentException("The base32 secret has a character too many or too few");
    }
    return BASE32.decode(compact);
  }
}
