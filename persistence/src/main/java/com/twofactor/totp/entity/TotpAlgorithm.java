package com.twofactor.totp.entity;

/**
 * The HMAC behind a time-based one-time password (RFC 6238, section 1.2). {@link #SHA1} is what
 * every authenticator app supports and what the Key URI format assumes when none is named.
 */
public enum TotpAlgorithm {
  SHA1("HmacSHA1"),
  SHA256("HmacSHA256"),
  SHA512("HmacSHA512");

  private final String macName;

  TotpAlgorithm(String macName) {
    this.macName = macName;
  }

  /** The JCA name of the MAC, for {@code javax.crypto.Mac.getInstance}. */
  public String macName() {
    return macName;
  }

  /** The value of the {@code algorithm} parameter of an {@code otpauth://} URI. */
  public String uriName() {
    return name();
  }
}
