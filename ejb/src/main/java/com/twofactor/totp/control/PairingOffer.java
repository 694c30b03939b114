package com.twofactor.totp.control;

/**
 * What the user needs to pair an authenticator app: the {@code otpauth://} URI, the same as a QR
 * code (PNG), the secret in groups of four for typing by hand, and the app's name for the screen
 * text ("Scan the QR code using Google Authenticator …").
 *
 * @param deviceId the device being paired, to confirm it later (self-service pairing)
 */
public record PairingOffer(
    Long deviceId, String otpauthUri, byte[] qrPng, String manualEntryKey, String appName) {

  @Override
  public String toString() {
    return "PairingOffer[deviceId=" + deviceId + ", appName=" + appName + "]";
  }
}
