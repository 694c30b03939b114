package com.twofactor.totp.control;

import com.twofactor.totp.entity.TotpAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code otpauth://totp/} URI of Google Authenticator's Key URI format, which authenticator
 * apps read from a QR code: label {@code issuer:accountName}, the base32 secret and every parameter
 * spelled out. Kept apart from the QR rendering so the URI can be tested and shown on its own.
 */
public final class OtpAuthUri {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private OtpAuthUri() {}

  /**
   * The URI for a pairing. Issuer and account name are percent-encoded as UTF-8 (RFC 3986; a space
   * as {@code %20}, since apps differ on {@code +}); the issuer is repeated as a parameter, as the
   * format recommends.
   *
   * @throws IllegalArgumentException when the issuer or the account name is blank or contains a
   *     colon, which the format forbids in both
   */
  public static String of(
      String issuer,
      String accountName,
      byte[] secret,
      TotpAlgorithm algorithm,
      int digits,
      Duration period) {
    requireLabelPart(issuer, "issuer");
    requireLabelPart(accountName, "account name");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(period, "period");
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(accountName)
        + "?secret="
        + TotpSecrets.base32(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm="
        + algorithm.uriName()
        + "&digits="
        + digits
        + "&period="
        + period.getSeconds();
  }

  /** The URI for a pairing with the parameters of {@code totp}. */
  public static String of(String issuer, String accountName, byte[] secret, Totp totp) {
    return of(issuer, accountName, secret, totp.algorithm(), totp.digits(), totp.period());
  }

  private static void requireLabelPart(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The " + what + " is blank");
    }
    if (value.indexOf(':') >= 0) {
      throw new IllegalArgumentException("The " + what + " must not contain a colon");
    }
  }

  /**
   * Percent-encodes all but RFC 3986's unreserved characters and {@code @}, which path and query
   * both allow, so an e-mail address reads as in the format's own examples.
   */
  private static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c >= 'A' && c <= 'Z'
          || c >= 'a' && c <= 'z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == '@') {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[(b >> 4) & 0x0f]).append(HEX[b & 0x0f]);
      }
    }
    return encoded.toString();
  }
}
