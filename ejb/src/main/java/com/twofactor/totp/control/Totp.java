package com.twofactor.totp.control;

import com.twofactor.totp.entity.TotpAlgorithm;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226), with the Unix epoch as T0. Holds
 * the parameters of a pairing, never its secret, and no clock: the caller passes the instant, taken
 * from its injected {@link java.time.Clock}.
 */
public final class Totp {

  public static final int MIN_DIGITS = 6;
  public static final int MAX_DIGITS = 8;

  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private final TotpAlgorithm algorithm;
  private final int digits;
  private final Duration period;

  /**
   * @param digits 6 to 8 (RFC 4226 section 5.3 asks for at least 6)
   * @param period the time step X, a whole number of seconds, at least one
   */
  public Totp(TotpAlgorithm algorithm, int digits, Duration period) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.digits = requireDigits(digits);
    Objects.requireNonNull(period, "period");
    if (period.getSeconds() < 1 || period.getNano() != 0) {
      throw new IllegalArgumentException(
          "The period must be a whole number of seconds, at least 1");
    }
    this.period = period;
  }

  /** SHA-1, six digits, thirty seconds: the parameters every authenticator app supports. */
  public static Totp standard() {
    return new Totp(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30));
  }

  /** The time step T of RFC 6238 section 4.2: whole periods since the epoch. */
  public long stepAt(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), period.getSeconds());
  }

  /** The code for {@code step}, zero-padded to {@link #digits()}. */
  public String code(byte[] secret, long step) {
    return hotp(algorithm, secret, step, digits);
  }

  /**
   * HOTP (RFC 4226 section 5.3): HMAC of the 8-byte big-endian counter, dynamic truncation to 31
   * bits, the last {@code digits} decimal digits, zero-padded.
   */
  public static String hotp(TotpAlgorithm algorithm, byte[] secret, long counter, int digits) {
    Objects.requireNonNull(algorithm, "algorithm");
    requireDigits(digits);
    if (secret == null || secret.length == 0) {
      throw new IllegalArgumentException("The secret is empty");
    }
    byte[] hash;
    try {
      Mac mac = Mac.getInstance(algorithm.macName());
      mac.init(new SecretKeySpec(secret, algorithm.macName()));
      hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm.macName() + " is not available", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int truncated =
        (hash[offset] & 0x7f) << 24
            | (hash[offset + 1] & 0xff) << 16
            | (hash[offset + 2] & 0xff) << 8
            | (hash[offset + 3] & 0xff);
    String code = Integer.toString(truncated % POWERS_OF_TEN[digits]);
    return "0".repeat(digits - code.length()) + code;
  }

  /**
   * The step in {@code [now - window, now + window]} whose code is {@code code}, allowing for clock
   * drift as RFC 6238 section 5.2 recommends. Every step of the window is computed and compared in
   * constant time, so how long the check takes does not tell which step, or how much of a code,
   * matched. The caller rejects a step it accepted before (section 5.2: one use per code).
   *
   * @param code the digits the user entered; anything but exactly {@link #digits()} ASCII digits
   *     matches nothing
   * @param window how many steps either side of the current one are accepted
   * @return the matching step nearest to the current one, or empty
   */
  public OptionalLong matchingStep(byte[] secret, String code, Instant now, int window) {
    Objects.requireNonNull(now, "now");
    if (window < 0) {
      throw new IllegalArgumentException("The window must not be negative");
    }
    if (!isCodeShape(code)) {
      return OptionalLong.empty();
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = stepAt(now);
    long matched = 0;
    long matchedDistance = Long.MAX_VALUE;
    for (long step = current - window; step <= current + window; step++) {
      byte[] expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
      long distance = Math.abs(step - current);
      if (MessageDigest.isEqual(expected, given) & distance < matchedDistance) {
        matched = step;
        matchedDistance = distance;
      }
    }
    return matchedDistance == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
  }

  public TotpAlgorithm algorithm() {
    return algorithm;
  }

  public int digits() {
    return digits;
  }

  public Duration period() {
    return period;
  }

  @Override
  public String toString() {
    return "Totp[" + algorithm + ", " + digits + " digits, " + period.getSeconds() + " s]";
  }

  private boolean isCodeShape(String code) {
    if (code == null || code.length() != digits) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int requireDigits(int digits) {
    if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
      throw new IllegalArgumentException(
          "Digits must be " + MIN_DIGITS + " to " + MAX_DIGITS + ", not " + digits);
    }
    return digits;
  }
}
