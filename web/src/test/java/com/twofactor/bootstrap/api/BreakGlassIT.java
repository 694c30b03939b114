package com.twofactor.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpSecrets;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built-in admin's break-glass against the shared running application: the token file is
 * written into the server's data folder as {@code ./run.sh break-glass} does, then redeemed over
 * HTTP. The admin's password is put back afterwards the same way, since other tests log in with it.
 */
@ExtendWith(RunningApp.class)
class BreakGlassIT {

  private static final String BREAK_GLASS = "/api/v1/auth/break-glass";
  private static final String SETTINGS = "/api/v1/settings/two-factor";
  private static final String NEW_PASSWORD = "broken-glass-Password-2";

  private final Api api = new Api(RunningApp.baseUrl());

  @AfterEach
  void putTheAdminPasswordBack() throws IOException {
    Files.deleteIfExists(tokenFile());
    if (api.login("system", RunningApp.adminPassword()).status() == 200) {
      return;
    }
    Api.Answer restored = reset(writeToken(Instant.now()), RunningApp.adminPassword());
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
  }

  @Test
  void aTokenFromTheDataFolderResetsTheLockedOutAdminOnce() throws IOException {
    String admin = api.adminToken();
    setApp(admin, "GOOGLE");
    pairDeviceOf(admin);
    setApp(admin, "BRANDED_MOBILE_APP");
    for (int i = 0; i < 10 && api.login("system", "not-the-password").status() != 423; i++) {
      // Wrong passwords until the account is locked.
    }
    assertThat(api.login("system", RunningApp.adminPassword()).status()).isEqualTo(423);

    String token = writeToken(Instant.now());
    Api.Answer reset = reset(token, NEW_PASSWORD);

    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    assertThat(reset.json().getString("loginName")).isEqualTo("system");
    assertThat(reset.json().getInt("devicesRemoved")).isEqualTo(1);
    assertThat(Files.exists(tokenFile())).as("the token file is used up").isFalse();
    assertThat(api.login("system", RunningApp.adminPassword()).status()).isEqualTo(401);
    Api.Answer login = api.login("system", NEW_PASSWORD);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(login.json().getString("status")).isEqualTo("AUTHENTICATED");
    String newAdmin = login.json().getString("token");
    assertThat(api.get("/api/v1/me/devices", newAdmin).body()).isEqualTo("[]");
    JsonObject audited = newestBreakGlassEntry(newAdmin);
    assertThat(audited.getString("outcome")).isEqualTo("SUCCESS");
    assertThat(audited.getString("subject")).isEqualTo("system");
    assertThat(audited.getString("sourceAddress")).isEqualTo("127.0.0.1");

    assertThat(reset(token, "yet-another-Password-3").status()).as("a used token").isEqualTo(403);
    assertThat(api.login("system", NEW_PASSWORD).status()).isEqualTo(200);
    assertThat(Files.readString(RunningApp.log()))
        .as("the server log")
        .doesNotContain(token)
        .doesNotContain(NEW_PASSWORD);
  }

  @Test
  void withoutATokenFileNothingIsReset() {
    Api.Answer refused = reset("0123456789abcdef0123456789abcdef", NEW_PASSWORD);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("detail")).contains("break-glass token");
    assertThat(api.login("system", RunningApp.adminPassword()).status()).isEqualTo(200);
    JsonObject audited = newestBreakGlassEntry(api.adminToken());
    assertThat(audited.getString("outcome")).isEqualTo("FAILURE");
    assertThat(audited.getString("detail")).contains("no token file");
  }

  @Test
  void aWrongTokenUsesTheFileUp() throws IOException {
    String token = writeToken(Instant.now());

    Api.Answer wrong = reset(new StringBuilder(token).reverse().toString(), NEW_PASSWORD);

    assertThat(wrong.status()).isEqualTo(403);
    assertThat(Files.exists(tokenFile())).isFalse();
    assertThat(reset(token, NEW_PASSWORD).status()).as("the right one, after").isEqualTo(403);
    assertThat(api.login("system", RunningApp.adminPassword()).status()).isEqualTo(200);
  }

  @Test
  void aTokenFileOlderThanFifteenMinutesHasExpired() throws IOException {
    String token = writeToken(Instant.now().minus(Duration.ofMinutes(16)));

    Api.Answer expired = reset(token, NEW_PASSWORD);

    assertThat(expired.status()).isEqualTo(403);
    assertThat(api.login("system", RunningApp.adminPassword()).status()).isEqualTo(200);
    assertThat(newestBreakGlassEntry(api.adminToken()).getString("detail")).contains("too old");
  }

  @Test
  void aPasswordTooShortIsABadRequestThatKeepsTheToken() throws IOException {
    writeToken(Instant.now());

    Api.Answer tooShort = reset(Files.readString(tokenFile()).strip(), "short");

    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(Files.exists(tokenFile())).isTrue();
  }

  private Api.Answer reset(String token, String newPassword) {
    return api.post(
        BREAK_GLASS,
        Json.createObjectBuilder()
            .add("token", token)
            .add("newPassword", newPassword)
            .build()
            .toString(),
        null);
  }

  /**
   * Writes a token file as the command does (256 random bits as hex, owner-only), dated {@code at}.
   */
  private static String writeToken(Instant at) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Path file = tokenFile();
    Files.writeString(file, token + "\n");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    Files.setLastModifiedTime(file, FileTime.from(at));
    return token;
  }

  private static Path tokenFile() {
    return RunningApp.dataFolder().resolve("break-glass.token");
  }

  private void setApp(String admin, String app) {
    long version = api.get(SETTINGS, admin).json().getJsonNumber("version").longValue();
    Api.Answer saved =
        api.put(
            SETTINGS,
            Json.createObjectBuilder()
                .add("version", version)
                .add("mobileAuthentication", false)
                .add("authenticatorApp", app)
                .add("requireForSystemUsers", false)
                .build()
                .toString(),
            admin);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
  }

  private void pairDeviceOf(String admin) {
    api.stepUpWithPassword(admin, RunningApp.adminPassword());
    Api.Answer offer = api.post("/api/v1/me/devices/pairing", "{}", admin);
    assertThat(offer.status()).as(offer.body()).isEqualTo(200);
    byte[] secret = TotpSecrets.fromBase32(offer.json().getString("manualEntryKey"));
    Totp totp = Totp.standard();
    String code = totp.code(secret, totp.stepAt(Instant.now()));
    Api.Answer confirmed =
        api.post(
            "/api/v1/me/devices/" + offer.json().getJsonNumber("deviceId").longValue() + "/confirm",
            Json.createObjectBuilder().add("code", code).build().toString(),
            admin);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
  }

  private JsonObject newestBreakGlassEntry(String admin) {
    Api.Answer trail = api.get("/api/v1/audit?action=BREAK_GLASS&size=1", admin);
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    return trail.json().getJsonArray("items").getJsonObject(0);
  }
}
