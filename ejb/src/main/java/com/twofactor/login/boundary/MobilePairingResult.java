package com.twofactor.login.boundary;

/**
 * What the branded app keeps after pairing: its device id (for the {@code X-Device-Id} header) and
 * the TOTP secret it computes its own codes from (base32; shown this once, stored encrypted).
 */
public record MobilePairingResult(
    String deviceId, String totpSecret, String algorithm, int digits, long periodSeconds) {

  @Override
  public String toString() {
    return "MobilePairingResult[deviceId=" + deviceId + "]";
  }
}
