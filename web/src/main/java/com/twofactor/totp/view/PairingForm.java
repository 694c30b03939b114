package com.twofactor.totp.view;

import com.twofactor.totp.control.PairingOffer;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The pairing offer as a page shows it, kept in a view between requests: the QR code and, for an
 * authenticator app, the key for typing by hand, the code and the device name the user types; for
 * the branded mobile app, its store links, when the QR code expires and whether the app has paired.
 * The login's second step and "My 2FA devices" show it through the {@code tf:pairingOffer}
 * component.
 */
public class PairingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long deviceId;
  private final String qrDataUri;
  private final String manualEntryKey;
  private final String appName;
  private final String pairingId;
  private final String appStoreUrl;
  private final String playStoreUrl;
  private final Instant expiresAt;
  private String code;
  private String deviceName;

  private PairingForm(PairingOffer offer) {
    this.deviceId = offer.deviceId();
    this.qrDataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(offer.qrPng());
    this.manualEntryKey = offer.manualEntryKey();
    this.appName = offer.appName();
    var mobile = offer.mobileApp();
    this.pairingId = mobile == null ? null : mobile.pairingId();
    this.appStoreUrl = mobile == null ? null : mobile.appStoreUrl().orElse(null);
    this.playStoreUrl = mobile == null ? null : mobile.playStoreUrl().orElse(null);
    this.expiresAt = mobile == null ? null : mobile.expiresAt();
  }

  public static PairingForm of(PairingOffer offer) {
    return new PairingForm(offer);
  }

  /** The branded app pairs itself: no code to type, the page waits for it. */
  public boolean isMobileApp() {
    return pairingId != null;
  }

  /** The QR code of a branded app pairing is no longer valid: offer a new one. */
  public boolean isExpired() {
    return expiresAt != null && !Clock.systemUTC().instant().isBefore(expiresAt);
  }

  /** Seconds until the QR code of a branded app pairing expires. */
  public long getSecondsLeft() {
    if (expiresAt == null) {
      return 0;
    }
    return Math.max(0, Duration.between(Clock.systemUTC().instant(), expiresAt).toSeconds());
  }

  /** The code typed by the user, taken once: it is never rendered back. */
  public String takeCode() {
    String typed = code;
    code = null;
    return typed;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public String getPairingId() {
    return pairingId;
  }

  public String getQrDataUri() {
    return qrDataUri;
  }

  public String getManualEntryKey() {
    return manualEntryKey;
  }

  public String getAppName() {
    return appName;
  }

  public String getAppStoreUrl() {
    return appStoreUrl;
  }

  public String getPlayStoreUrl() {
    return playStoreUrl;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDeviceName() {
    return deviceName;
  }

  public void setDeviceName(String deviceName) {
    this.deviceName = deviceName;
  }

  @Override
  public String toString() {
    return "PairingForm[appName=" + appName + ", mobileApp=" + isMobileApp() + "]";
  }
}
