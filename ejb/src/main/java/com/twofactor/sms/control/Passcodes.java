package com.twofactor.sms.control;

import com.twofactor.config.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * SMS passcodes as the legacy feature made them: a 4-letter prefix shown on screen, so the user can
 * tell which SMS belongs to which screen, and digits of the configured length ({@code
 * XYWD-581883}). Only a keyed hash of the whole passcode is stored, bound to what it was sent for
 * (a login challenge, a phone number), so a hash copied elsewhere matches nothing; comparison is in
 * constant time.
 */
public final class Passcodes {

  private static final String PURPOSE = "sms-passcode";
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passcodes() {}

  /** A new passcode: its prefix and its digits. */
  public record Passcode(String prefix, String digits) {
    public String text() {
      return prefix + "-" + digits;
    }

    @Override
    public String toString() {
      return "Passcode[" + prefix + "-…]";
    }
  }

  public static Passcode next(int length) {
    StringBuilder prefix = new StringBuilder(4);
    for (int i = 0; i < 4; i++) {
      prefix.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    }
    StringBuilder digits = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      digits.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return new Passcode(prefix.toString(), digits.toString());
  }

  /** The stored form of {@code passcode} sent for {@code binding} (hex of the keyed hash). */
  public static String hash(String binding, String passcode) {
    return HexFormat.of()
        .formatHex(
            SecretCipher.fromConfig()
                .keyedHash(PURPOSE, (binding + ":" + passcode).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Whether what the user typed is the passcode whose hash is stored. The prefix may be left out
   * (the screen shows it) but, when typed, must be the one sent; spaces and case do not matter.
   */
  public static boolean matches(
      String binding, String expectedPrefix, String storedHash, String typed) {
    Optional<String> normalized = normalize(expectedPrefix, typed);
    if (normalized.isEmpty()) {
      return false;
    }
    byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
    byte[] actual = hash(binding, normalized.get()).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  /** {@code PREFIX-DIGITS} from what was typed, the shown prefix filled in when left out. */
  static Optional<String> normalize(String expectedPrefix, String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (compact.matches("[0-9]{1,20}")) {
      return Optional.of(expectedPrefix + "-" + compact);
    }
    if (compact.matches("[A-Z]{4}[0-9]{1,20}")) {
      return Optional.of(compact.substring(0, 4) + "-" + compact.substring(4));
    }
    return Optional.empty();
  }
}
