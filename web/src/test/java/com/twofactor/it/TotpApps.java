package com.twofactor.it;

import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.totp.entity.TotpAlgorithm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** An authenticator app for system tests: the secret read from a pairing's otpauth URI. */
public final class TotpApps {

  private static final Totp TOTP = new Totp(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30));

  private final byte[] secret;

  private TotpApps(byte[] secret) {
    this.secret = secret;
  }

  /** The app that scanned this {@code otpauth://} URI. */
  public static TotpApps of(String otpauthUri) {
    for (String pair : URI.create(otpauthUri).getRawQuery().split("&")) {
      if (pair.startsWith("secret=")) {
        return new TotpApps(
            TotpSecrets.fromBase32(
                URLDecoder.decode(pair.substring("secret=".length()), StandardCharsets.UTF_8)));
      }
    }
    throw new AssertionError("no secret in the pairing URI");
  }

  /** The code {@code steps} time steps from now. */
  public String codeAt(int steps) {
    return TOTP.code(secret, TOTP.stepAt(Instant.now()) + steps);
  }

  /** The time step now. */
  public long stepNow() {
    return TOTP.stepAt(Instant.now());
  }

  /** The code of time step {@code step}. */
  public String codeOfStep(long step) {
    return TOTP.code(secret, step);
  }

  /**
   * Pairs an app through the setup step of a login that answered {@code setup}.
   *
   * @return the app and the confirmation's answer (AUTHENTICATED, with recovery codes if new)
   */
  public static Paired pairAtLogin(Api api, JsonObject setup, String deviceName) {
    String challenge = "/api/v1/auth/challenges/" + setup.getString("challengeId");
    Api.Answer offer = api.post(challenge + "/pairing/totp", "{}", null);
    if (offer.status() != 200) {
      throw new AssertionError("Cannot start pairing: " + offer);
    }
    TotpApps app = of(offer.json().getString("otpauthUri"));
    Api.Answer confirmed =
        api.post(
            challenge + "/pairing/totp/confirm",
            Json.createObjectBuilder()
                .add("code", app.codeAt(0))
                .add("deviceName", deviceName)
                .build()
                .toString(),
            null);
    if (confirmed.status() != 200) {
      throw new AssertionError("Cannot pair: " + confirmed);
    }
    return new Paired(app, confirmed);
  }

  /** An app just paired at login, and the answer that finished the login. */
  public record Paired(TotpApps app, Api.Answer answer) {}
}
