package com.twofactor.it;

import com.twofactor.mobileapp.MobileApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The branded mobile app as the server's authenticator app, for system tests: its name and store
 * links, the host registration pointing at the test server itself (http on loopback), tested, and
 * mobile authentication on. A test class that switches it on switches it off again.
 */
public final class BrandedAppSettings {

  public static final String APP_NAME = "Acme Mobile";
  public static final String APP_STORE = "https://apps.apple.com/app/acme-mobile/id1";
  public static final String GOOGLE_PLAY =
      "https://play.google.com/store/apps/details?id=com.acme.mobile";

  private BrandedAppSettings() {}

  public static void switchOn(Api api) {
    switchOn(api, RunningApp.baseUrl());
  }

  /**
   * The same on a server of a test's own, reached at {@code baseUrl} (its admin password must be
   * the shared server's, as {@link Api#adminToken} uses it).
   */
  public static void switchOn(Api api, String baseUrl) {
    String admin = api.adminToken();
    URI server = URI.create(baseUrl);
    JsonObject host =
        Json.createObjectBuilder()
            .add("protocol", "http")
            .add("name", server.getHost())
            .add("port", server.getPort())
            .build();
    put(api, admin, false, host);
    Api.Answer tested = api.post("/api/v1/settings/two-factor/host-test", "{}", admin);
    if (tested.status() != 200 || !tested.json().getBoolean("success")) {
      throw new AssertionError("The host Test failed: " + tested);
    }
    put(api, admin, true, host);
  }

  /** The branded app chosen, named and its host tested, with mobile authentication off. */
  public static void chooseWithMobileAuthenticationOff(Api api) {
    chooseWithMobileAuthenticationOff(api, RunningApp.baseUrl());
  }

  /** The same on a server of a test's own, reached at {@code baseUrl}. */
  public static void chooseWithMobileAuthenticationOff(Api api, String baseUrl) {
    switchOn(api, baseUrl);
    URI server = URI.create(baseUrl);
    put(
        api,
        api.adminToken(),
        false,
        Json.createObjectBuilder()
            .add("protocol", "http")
            .add("name", server.getHost())
            .add("port", server.getPort())
            .build());
  }

  public static void switchOff(Api api) {
    api.switchMobileAuthentication(false);
  }

  private static void put(Api api, String admin, boolean on, JsonObject host) {
    JsonObject current = api.get("/api/v1/settings/two-factor", admin).json();
    Api.Answer changed =
        api.put(
            "/api/v1/settings/two-factor",
            Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("mobileAuthentication", on)
                .add("authenticatorApp", "BRANDED_MOBILE_APP")
                .add("host", host)
                .add("requireForSystemUsers", false)
                .add(
                    "brandedApp",
                    Json.createObjectBuilder()
                        .add("name", APP_NAME)
                        .add("appStoreUrl", APP_STORE)
                        .add("playStoreUrl", GOOGLE_PLAY))
                .build()
                .toString(),
            admin);
    if (changed.status() != 200) {
      throw new AssertionError("Cannot change the two-factor settings: " + changed);
    }
  }

  /**
   * Pairs the reference app at the setup step of an API login that answered {@code setup}: the QR
   * code decoded from its PNG, then the login polled until the app has paired.
   *
   * @return the app and the login's final answer (AUTHENTICATED with a token)
   */
  public static Paired pairAtLogin(Api api, JsonObject setup, String deviceName) {
    String challenge = challengePath(setup);
    Api.Answer offer = api.post(challenge + "/pairing/mobile", "{}", null);
    if (offer.status() != 200) {
      throw new AssertionError("Cannot start pairing: " + offer);
    }
    String qr = MobileApp.decodeQr(Base64.getDecoder().decode(offer.json().getString("qrPng")));
    MobileApp app = MobileApp.pair(qr, deviceName, "android");
    return new Paired(app, offer, pollUntilDone(api, challenge));
  }

  /** Where a login's challenge is answered, from the login's answer that names it. */
  public static String challengePath(JsonObject challenge) {
    return "/api/v1/auth/challenges/" + challenge.getString("challengeId");
  }

  /** Asks the paired app to approve a login: the push the login's challenge sends it. */
  public static JsonObject startPush(Api api, JsonObject challenge) {
    Api.Answer push = api.post(challengePath(challenge) + "/push", "{}", null);
    if (push.status() != 200) {
      throw new AssertionError("Cannot start a push: " + push);
    }
    return push.json();
  }

  /** Polls a login until it is no longer waiting (bounded). */
  public static Api.Answer pollUntilDone(Api api, String challengePath) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    Api.Answer answer = api.get(challengePath, null);
    while (Instant.now().isBefore(deadline)
        && answer.status() == 200
        && !answer.json().getString("status").matches("AUTHENTICATED|DENIED|EXPIRED|FAILED")) {
      sleep(200);
      answer = api.get(challengePath, null);
    }
    return answer;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A reference app just paired at login, the pairing offer, and the login's final answer. */
  public record Paired(MobileApp app, Api.Answer offer, Api.Answer login) {}
}
