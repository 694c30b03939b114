package com.twofactor.bench;

import com.twofactor.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Backup users paired with an authenticator app, made through the public API as people would: the
 * admin switches mobile authentication on (Google Authenticator) and creates each user with 2FA
 * enabled; the user logs in, is offered the setup, scans the {@code otpauth://} URI and confirms it
 * with a code.
 */
final class LoginSeed {

  static final String PASSWORD = "bench-User-Password-1";
  private static final String PREFIX = "bench-login-";

  private LoginSeed() {}

  static void switchMobileAuthenticationOn(AdminSession admin) {
    Api api = admin.api();
    JsonObject current =
        AdminSession.expect(
                200, "GET settings", api.get("/api/v1/settings/two-factor", admin.token()))
            .json();
    AdminSession.expect(
        200,
        "PUT settings",
        api.put(
            "/api/v1/settings/two-factor",
            Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("mobileAuthentication", true)
                .add("authenticatorApp", "GOOGLE")
                .add("requireForSystemUsers", false)
                .build()
                .toString(),
            admin.token()));
  }

  /** {@code count} new paired users, made by {@code threads} clients at once. */
  static List<PairedUser> pairedUsers(AdminSession admin, int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<PairedUser>> made = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String loginName = String.format("%s%06d", PREFIX, i);
        made.add(pool.submit(() -> pair(admin, loginName)));
      }
      List<PairedUser> users = new ArrayList<>();
      for (Future<PairedUser> user : made) {
        users.add(user.get(5, TimeUnit.MINUTES));
        if (users.size() % 500 == 0) {
          Report.progress("%,d of %,d users paired", users.size(), count);
        }
      }
      return users;
    } finally {
      pool.shutdownNow();
    }
  }

  private static PairedUser pair(AdminSession admin, String loginName) {
    Api api = admin.api();
    AdminSession.expect(
        201,
        "Creating " + loginName,
        api.post(
            "/api/v1/backup-users",
            Json.createObjectBuilder()
                .add("loginName", loginName)
                .add("password", PASSWORD)
                .add("type", "PAID")
                .add("twoFactorEnabled", true)
                .build()
                .toString(),
            admin.token()));
    JsonObject prompt =
        AdminSession.expect(200, "Login of " + loginName, api.login(loginName, PASSWORD)).json();
    if (!"SETUP_PROMPT".equals(prompt.getString("status"))) {
      throw new IllegalStateException("Login of a new user answered " + prompt);
    }
    String challenge = "/api/v1/auth/challenges/" + prompt.getString("challengeId");
    JsonObject offer =
        AdminSession.expect(200, "Pairing offer", api.post(challenge + "/pairing/totp", "{}", null))
            .json();
    PairedUser user = PairedUser.scanned(loginName, offer.getString("otpauthUri"));
    JsonObject done =
        AdminSession.expect(
                200,
                "Pairing confirmation",
                api.post(
                    challenge + "/pairing/totp/confirm",
                    Json.createObjectBuilder()
                        .add("code", user.useCode())
                        .add("deviceName", "Bench phone")
                        .build()
                        .toString(),
                    null))
            .json();
    if (!"AUTHENTICATED".equals(done.getString("status"))) {
      throw new IllegalStateException("Pairing answered " + done);
    }
    return user;
  }
}
