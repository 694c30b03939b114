package com.twofactor.bench;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A backup user paired with an authenticator app, as the app sees it: the secret and profile of the
 * {@code otpauth://} URI, and the last time step whose code it sent. The server accepts each step
 * once, so a user logs in at most once per step.
 */
final class PairedUser {

  private final String loginName;
  private final byte[] secret;
  private final long periodSeconds;
  private final int digits;
  private final String macAlgorithm;
  private long lastStep = -1;

  private PairedUser(
      String loginName, byte[] secret, long periodSeconds, int digits, String macAlgorithm) {
    this.loginName = loginName;
    this.secret = secret;
    this.periodSeconds = periodSeconds;
    this.digits = digits;
    this.macAlgorithm = macAlgorithm;
  }

  /** The user as an app that scanned {@code otpauthUri} knows it. */
  static PairedUser scanned(String loginName, String otpauthUri) {
    Map<String, String> query = new HashMap<>();
    for (String pair : URI.create(otpauthUri).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return new PairedUser(
        loginName,
        base32(query.get("secret")),
        Long.parseLong(query.getOrDefault("period", "30")),
        Integer.parseInt(query.getOrDefault("digits", "6")),
        "Hmac" + query.getOrDefault("algorithm", "SHA1").toUpperCase(Locale.ROOT));
  }

  String loginName() {
    return loginName;
  }

  long periodSeconds() {
    return periodSeconds;
  }

  /** The time step now, by this machine's clock (the server's, on the same machine). */
  long currentStep() {
    return System.currentTimeMillis() / 1000 / periodSeconds;
  }

  /** Milliseconds until the next step begins. */
  long millisToNextStep() {
    long period = periodSeconds * 1000;
    return period - System.currentTimeMillis() % period;
  }

  /** Whether the user has sent no code of the current step yet. */
  boolean mayLogInNow() {
    return lastStep < currentStep();
  }

  /** The code of the current step, which the user will have used from now on. */
  String useCode() {
    long step = currentStep();
    lastStep = step;
    return code(step);
  }

  /** RFC 6238 / RFC 4226: the dynamically truncated HMAC of the step, in {@code digits} digits. */
  String code(long step) {
    try {
      Mac mac = Mac.getInstance(macAlgorithm);
      mac.init(new SecretKeySpec(secret, "RAW"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0xf;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      int modulus = (int) Math.pow(10, digits);
      return String.format("%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String clean = text.replace("=", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
