package com.twofactor.mobileapp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based codes, as the app computes them from the secret it got at pairing. */
public record Totp(byte[] secret, String algorithm, int digits, Duration period) {

  /** The code of the time step {@code at} falls in. */
  public String codeAt(Instant at) {
    return codeOfStep(at.getEpochSecond() / period.toSeconds());
  }

  /** The code of time step {@code step} (RFC 4226 dynamic truncation). */
  public String codeOfStep(long step) {
    try {
      String mac = "Hmac" + algorithm.toUpperCase(Locale.ROOT);
      Mac hmac = Mac.getInstance(mac);
      hmac.init(new SecretKeySpec(secret, mac));
      byte[] hash = hmac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      int code = binary % (int) Math.pow(10, digits);
      return String.format("%0" + digits + "d", code);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No " + algorithm + " in this Java runtime", e);
    }
  }

  /** RFC 4648 base32, without padding, case and spaces ignored. */
  public static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = alphabet.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("Not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
