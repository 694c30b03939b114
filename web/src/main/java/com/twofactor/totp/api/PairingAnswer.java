package com.twofactor.totp.api;

import com.twofactor.totp.control.PairingOffer;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Base64;

/**
 * A pairing offer over HTTP: the {@code otpauth://} URI, the QR code as base64 PNG, the key for
 * typing by hand. It carries the new secret, so it is never cached.
 */
public record PairingAnswer(
    Long deviceId, String otpauthUri, String qrPng, String manualEntryKey, String appName) {

  public static Response of(PairingOffer offer, boolean withDeviceId) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return Response.ok(
            new PairingAnswer(
                withDeviceId ? offer.deviceId() : null,
                offer.otpauthUri(),
                Base64.getEncoder().encodeToString(offer.qrPng()),
                offer.manualEntryKey(),
                offer.appName()))
        .cacheControl(noStore)
        .header("Pragma", "no-cache")
        .build();
  }

  @Override
  public String toString() {
    return "PairingAnswer[deviceId=" + deviceId + "]";
  }
}
