package com.twofactor.totp.control;

import java.time.Instant;
import java.util.Optional;

/**
 * What the user needs to pair an app. An authenticator app gets the {@code otpauth://} URI, the
 * same as a QR code (PNG), the secret in groups of four for typing by hand, and the app's name for
 * the screen text ("Scan the QR code using Google Authenticator …"). The branded mobile app gets a
 * QR code of the server's address and a one-time pairing token instead, with where to download the
 * app ({@link MobileApp}).
 *
 * @param deviceId the device being paired, to confirm it later (authenticator apps, self-service)
 * @param mobileApp the branded app's part; null for an authenticator app
 */
public record PairingOffer(
    Long deviceId,
    String otpauthUri,
    byte[] qrPng,
    String manualEntryKey,
    String appName,
    MobileApp mobileApp) {

  /** An authenticator app's offer. */
  public PairingOffer(
      Long deviceId, String otpauthUri, byte[] qrPng, String manualEntryKey, String appName) {
    this(deviceId, otpauthUri, qrPng, manualEntryKey, appName, null);
  }

  /**
   * The branded mobile app's part of an offer.
   *
   * @param pairingId what a page polls to learn that the app has paired (not the token)
   * @param pairingUri what the QR code holds: {@code {"server":"https://host:port","token":"…"}}
   */
  public record MobileApp(
      String pairingId,
      String pairingUri,
      Optional<String> appStoreUrl,
      Optional<String> playStoreUrl,
      Instant expiresAt) {

    @Override
    public String toString() {
      return "MobileApp[pairingId=" + pairingId + ", expiresAt=" + expiresAt + "]";
    }
  }

  /** Whether the branded mobile app pairs itself with this offer (no code to type). */
  public boolean isMobileApp() {
    return mobileApp != null;
  }

  @Override
  public String toString() {
    return "PairingOffer[deviceId=" + deviceId + ", appName=" + appName + "]";
  }
}
