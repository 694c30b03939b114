package com.twofactor.recovery.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a recovery code: ten characters of Crockford's base32 alphabet (50 random bits),
 * shown as {@code xxxxx-xxxxx}. Typed codes are read leniently: case, spaces and the dash do not
 * matter, and {@code i}, {@code l} and {@code o} are read as {@code 1} and {@code 0}.
 */
public final class RecoveryCodeText {

  static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  static final int LENGTH = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodeText() {}

  /** A new random code, in its canonical form ({@code xxxxx-xxxxx}). */
  public static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH + 1);
    for (int i = 0; i < LENGTH; i++) {
      if (i == LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The ten characters of a typed code, or empty when it cannot be a recovery code. */
  public static Optional<String> normalized(String typed) {
    if (typed == null || typed.length() > 4 * LENGTH) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      char read =
          switch (c) {
            case 'i', 'l' -> '1';
            case 'o' -> '0';
            default -> c;
          };
      if (ALPHABET.indexOf(read) < 0) {
        return Optional.empty();
      }
      code.append(read);
    }
    return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
  }
}
