package com.twofactor.push.api;

import com.twofactor.totp.control.PairingOffer;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pairing offer of the branded mobile app over HTTP: what the QR code holds ({@code
 * {"server","token"}}), the QR code as base64 PNG, the app's name, its store links and when the
 * token expires. It carries the one-time token, so it is never cached.
 */
public record MobilePairingAnswer(
    String pairingId,
    String pairingUri,
    String qrPng,
    String appName,
    Map<String, String> storeLinks,
    Instant expiresAt) {

  public static Response of(PairingOffer offer) {
    var mobile = offer.mobileApp();
    Map<String, String> links = new LinkedHashMap<>();
    mobile.appStoreUrl().ifPresent(url -> links.put("appStore", url));
    mobile.playStoreUrl().ifPresent(url -> links.put("googlePlay", url));
    return Response.ok(
            new MobilePairingAnswer(
                mobile.pairingId(),
                mobile.pairingUri(),
                Base64.getEncoder().encodeToString(offer.qrPng()),
                offer.appName(),
                links,
                mobile.expiresAt()))
        .cacheControl(noStore())
        .header("Pragma", "no-cache")
        .build();
  }

  private static CacheControl noStore() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return noStore;
  }

  @Override
  public String toString() {
    return "MobilePairingAnswer[pairingId=" + pairingId + "]";
  }
}
