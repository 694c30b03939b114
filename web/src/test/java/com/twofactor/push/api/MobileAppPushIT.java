package com.twofactor.push.api;

import static com.twofactor.it.BrandedAppSettings.challengePath;
import static com.twofactor.it.BrandedAppSettings.startPush;
import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.BrandedAppSettings;
import com.twofactor.it.ConsoleClient;
import com.twofactor.it.PushRelay;
import com.twofactor.it.RunningApp;
import com.twofactor.mobileapp.MobileApp;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The branded mobile app end to end over HTTP, played by the reference client: pairing from the QR
 * code (decoded with ZXing) at the setup step, then push logins approved with the number the login
 * shows; every refusal (wrong number, denial, expiry, replay, forged or stale signature, removed
 * device, rate limit) audited; the relay told once per push and never the number, each delivery
 * counted; a relay that is down does not stop the login, nor readiness, which lists it unreachable;
 * the app's own codes work like an authenticator app's.
 */
@ExtendWith(RunningApp.class)
class MobileAppPushIT {

  private static final String PASSWORD = "a-good-password";

  private static Api api;
  private static String admin;

  @BeforeAll
  static void brandedAppOn() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
    BrandedAppSettings.switchOn(api);
  }

  @AfterAll
  static void brandedAppOff() {
    PushRelay.get().setDown(false);
    BrandedAppSettings.switchOff(api);
  }

  @Test
  void theAppPairsFromTheQrCodeAndAPushApprovedWithTheShownNumberLogsIn() {
    String user = enabledUser();
    JsonObject setup = api.login(user, PASSWORD).json();
    assertThat(setup.getString("status")).isEqualTo("SETUP_PROMPT");
    assertThat(setup.getString("authenticatorApp")).isEqualTo("BRANDED_MOBILE_APP");

    BrandedAppSettings.Paired paired = BrandedAppSettings.pairAtLogin(api, setup, "Pixel");
    JsonObject offer = paired.offer().json();
    assertThat(offer.getString("appName")).isEqualTo(BrandedAppSettings.APP_NAME);
    assertThat(offer.getJsonObject("storeLinks").getString("appStore"))
        .isEqualTo(BrandedAppSettings.APP_STORE);
    assertThat(offer.getJsonObject("storeLinks").getString("googlePlay"))
        .isEqualTo(BrandedAppSettings.GOOGLE_PLAY);
    assertThat(offer.getString("pairingUri")).contains("\"server\":\"" + RunningApp.baseUrl());
    assertThat(Instant.parse(offer.getString("expiresAt")))
        .isBefore(Instant.now().plus(Duration.ofMinutes(5).plusSeconds(5)));
    assertThat(paired.login().status()).isEqualTo(200);
    assertThat(paired.login().json().getString("status")).isEqualTo("AUTHENTICATED");
    String token = paired.login().json().getString("token");
    assertThat(paired.login().json().getJsonArray("recoveryCodes")).isNotEmpty();
    // The token is handed out once.
    Api.Answer again = api.get(challengePath(setup), null);
    assertThat(again.json().containsKey("token")).isFalse();
    assertThat(api.get("/api/v1/me/devices", token).body())
        .contains("\"name\":\"Pixel\"", "\"kind\":\"MOBILE_APP\"", "\"mobileBackup\":true");
    assertThat(api.get("/api/v1/me", token).json().getBoolean("mobileBackup")).isTrue();

    int relayedBefore = PushRelay.get().received().size();
    JsonObject countedBefore = counters();
    JsonObject challenge = api.login(user, PASSWORD).json();
    assertThat(challenge.getString("status")).isEqualTo("CHALLENGE");
    assertThat(challenge.getJsonArray("methods").toString()).contains("PUSH", "TOTP");
    JsonObject push = startPush(api, challenge);
    String number = push.getString("numberMatch");
    assertThat(number).matches("[1-9][0-9]");

    List<MobileApp.Pending> pending = paired.app().pending();
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).requestId()).isEqualTo(push.getString("requestId"));
    assertThat(pending.get(0).numberChoices()).contains(number).hasSize(3);
    assertThat(pending.get(0).loginName()).isEqualTo(user);
    MobileApp.Answer approved = paired.app().approve(push.getString("requestId"), number);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);

    Api.Answer done = poll(challenge);
    assertThat(done.json().getString("status")).isEqualTo("AUTHENTICATED");
    assertThat(api.get("/api/v1/me", done.json().getString("token")).status()).isEqualTo(200);

    List<JsonObject> relayed = awaitRelayed(relayedBefore + 1);
    assertThat(relayed).hasSize(relayedBefore + 1);
    JsonObject notification = relayed.get(relayed.size() - 1);
    assertThat(notification.keySet()).containsExactlyInAnyOrder("deviceId", "requestId");
    assertThat(notification.getString("deviceId")).isEqualTo(paired.app().deviceId());
    assertThat(notification.getString("requestId")).isEqualTo(push.getString("requestId"));
    // Identifiers only: neither value is the number, and no field carries it.
    assertThat(notification.getString("deviceId")).isNotEqualTo(number);
    assertThat(notification.getString("requestId")).isNotEqualTo(number);
    assertThat(PushRelay.get().rawBodies().get(relayed.size() - 1))
        .doesNotContain("numberMatch", "\"" + number + "\"");
    // One notification, one delivery counted; the relay took it, so it is up.
    JsonObject countedAfter = awaitCounted("push.deliveries.sent", countedBefore, 1);
    assertThat(delta("push.deliveries.sent", countedBefore, countedAfter)).isEqualTo(1);
    assertThat(delta("push.deliveries.failed", countedBefore, countedAfter)).isZero();
    assertThat(awaitRelayChannel("UP")).startsWith("UP: last delivery worked at ");
  }

  @Test
  void aWrongNumberIsRefusedCountedAndAudited() {
    Paired user = pairedUser();
    JsonObject challenge = api.login(user.name(), PASSWORD).json();
    JsonObject push = startPush(api, challenge);
    String wrong = push.getString("numberMatch").equals("42") ? "43" : "42";

    MobileApp.Answer refused = user.app().approve(push.getString("requestId"), wrong);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body()).contains("Wrong number");
    // The request is over: the right number no longer approves it.
    assertThat(user.app().approve(push.getString("requestId"), push.getString("numberMatch")))
        .extracting(MobileApp.Answer::status)
        .isEqualTo(410);
    Api.Answer status = api.get(challengePath(challenge), null);
    assertThat(status.json().getJsonObject("push").getString("state")).isEqualTo("FAILED");
    assertThat(audit(user.name(), "PUSH_NUMBER_MISMATCH")).contains("FAILURE");
    // The login is still open: a new push with the right number logs in.
    JsonObject second = startPush(api, challenge);
    assertThat(
            user.app()
                .approve(second.getString("requestId"), second.getString("numberMatch"))
                .status())
        .isEqualTo(200);
    assertThat(poll(challenge).json().getString("status")).isEqualTo("AUTHENTICATED");
  }

  @Test
  void aDenialEndsTheLoginAndIsAuditedAsAPossibleAttack() {
    Paired user = pairedUser();
    JsonObject challenge = api.login(user.name(), PASSWORD).json();
    JsonObject push = startPush(api, challenge);

    MobileApp.Answer denied = user.app().deny(push.getString("requestId"));
    assertThat(denied.status()).isEqualTo(200);
    assertThat(denied.json().getString("result")).isEqualTo("DENIED");

    Api.Answer status = poll(challenge);
    assertThat(status.json().getString("status")).isEqualTo("DENIED");
    assertThat(status.json().containsKey("token")).isFalse();
    assertThat(api.post(challengePath(challenge) + "/push", "{}", null).status()).isEqualTo(410);
    assertThat(audit(user.name(), "PUSH_DENIED")).contains("possibly someone else knows");
  }

  @Test
  void anExpiredPushIsRefusedAndTheLoginSaysExpired() throws InterruptedException {
    Paired user = pairedUser();
    JsonObject challenge = api.login(user.name(), PASSWORD).json();
    JsonObject push = startPush(api, challenge);
    Thread.sleep(RunningApp.PUSH_TTL.plusSeconds(1).toMillis());

    assertThat(api.get(challengePath(challenge), null).json().getString("status"))
        .isEqualTo("EXPIRED");
    assertThat(user.app().pending()).isEmpty();
    assertThat(
            user.app().approve(push.getString("requestId"), push.getString("numberMatch")).status())
        .isEqualTo(410);
  }

  @Test
  void aReplayedApprovalAndALateSecondApprovalAreRefused() {
    Paired user = pairedUser();
    JsonObject challenge = api.login(user.name(), PASSWORD).json();
    JsonObject push = startPush(api, challenge);
    MobileApp.SignedRequest approval =
        user.app()
            .approval(push.getString("requestId"), push.getString("numberMatch"), Instant.now());

    assertThat(user.app().send(approval).status()).isEqualTo(200);
    MobileApp.Answer replayed = user.app().send(approval);
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.body()).contains("replayed signature");
    MobileApp.Answer second =
        user.app().approve(push.getString("requestId"), push.getString("numberMatch"));
    assertThat(second.status()).isEqualTo(410);
    assertThat(audit(user.name(), "DEVICE_REQUEST_REFUSED")).contains("replayed signature");
  }

  @Test
  void forgedStaleOrUnsignedRequestsAreRefusedAndAudited() {
    Paired user = pairedUser();
    Paired other = pairedUser();
    JsonObject challenge = api.login(user.name(), PASSWORD).json();
    JsonObject push = startPush(api, challenge);
    String id = push.getString("requestId");
    String number = push.getString("numberMatch");

    // Signed by another app's key while claiming this app's id.
    MobileApp.Answer forged =
        other.app().send(other.app().approval(id, number, Instant.now()), user.app().deviceId());
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.body()).contains("wrong signature");
    // Signed three minutes ago: outside the two minutes allowed.
    MobileApp.Answer stale =
        user.app().send(user.app().approval(id, number, Instant.now().minusSeconds(180)));
    assertThat(stale.status()).isEqualTo(401);
    assertThat(stale.body()).contains("stale timestamp");
    // Another app of another account cannot approve this account's login.
    assertThat(other.app().approve(id, number).status()).isEqualTo(404);
    // No signature at all.
    Api.Answer unsigned = api.get("/api/v1/mobile/challenges", null);
    assertThat(unsigned.status()).isEqualTo(401);
    assertThat(audit(user.name(), "DEVICE_REQUEST_REFUSED"))
        .contains("wrong signature", "stale timestamp");
    // None of it touched the login: the real app still approves.
    assertThat(user.app().approve(id, number).status()).isEqualTo(200);
    assertThat(poll(challenge).json().getString("status")).isEqualTo("AUTHENTICATED");
  }

  @Test
  void aRemovedDeviceIsRefused() {
    Paired user = pairedUser();
    api.stepUpWithPassword(admin, RunningApp.adminPassword());
    assertThat(api.delete("/api/v1/accounts/" + user.name() + "/devices", admin).status())
        .isEqualTo(200);

    MobileApp.Answer refused = user.app().pendingAnswer();
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body()).contains("unknown or removed device");
  }

  @Test
  void theAppOfADisabledAccountIsRefused() {
    Paired user = pairedUser();
    assertThat(api.post("/api/v1/accounts/" + user.name() + "/disable", "", admin).status())
        .isEqualTo(200);

    MobileApp.Answer refused = user.app().pendingAnswer();
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body()).contains("account disabled");
    assertThat(audit(user.name(), "DEVICE_REQUEST_REFUSED")).contains("account disabled");
  }

  @Test
  void pushRequestsAreLimitedPerAccount() {
    Paired user = pairedUser();
    JsonObject challenge = api.login(user.name(), PASSWORD).json();
    for (int i = 0; i < 5; i++) {
      startPush(api, challenge);
    }
    Api.Answer limited = api.post(challengePath(challenge) + "/push", "{}", null);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body()).contains("Too many push requests");
    assertThat(audit(user.name(), "PUSH_LIMITED")).contains("FAILURE");
    // A code from the app still finishes the login.
    Api.Answer code =
        api.post(
            challengePath(challenge) + "/totp",
            "{\"code\":\"" + user.app().codeAt(1) + "\"}",
            null);
    assertThat(code.status()).as(code.body()).isEqualTo(200);
  }

  @Test
  void withTheRelayDownTheLoginStillCompletesByPolling() throws Exception {
    Paired user = pairedUser();
    long logBefore = Files.size(RunningApp.log());
    PushRelay.get().setDown(true);
    JsonObject countedBefore = counters();
    try {
      JsonObject challenge = api.login(user.name(), PASSWORD).json();
      JsonObject push = startPush(api, challenge);
      MobileApp.Pending pending = user.app().pending().get(0);
      assertThat(user.app().approve(pending.requestId(), push.getString("numberMatch")).status())
          .isEqualTo(200);
      assertThat(poll(challenge).json().getString("status")).isEqualTo("AUTHENTICATED");
      awaitLog("The push relay");
      awaitRelayUnreachable();
      String dashboard =
          ConsoleClient.login(RunningApp.baseUrl(), "system", RunningApp.adminPassword())
              .get("/admin/monitoring/dashboard.xhtml")
              .body();
      assertThat(dashboard).contains("Unreachable: mobile apps still get their login requests");
      // Readiness lists the relay as unreachable and stays up: the node still serves logins.
      String channel = awaitRelayChannel("UNREACHABLE");
      assertThat(channel).contains("HTTP 503").doesNotContain(PushRelay.get().url());
      Api.Answer ready = api.get("/health/ready", null);
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.json().getString("status")).isEqualTo("UP");
      JsonObject counted = awaitCounted("push.deliveries.failed", countedBefore, 1);
      assertThat(delta("push.deliveries.failed", countedBefore, counted)).isEqualTo(1);
      assertThat(delta("push.deliveries.sent", countedBefore, counted)).isZero();
    } finally {
      PushRelay.get().setDown(false);
    }
    // What the server logged while the relay was down holds none of the app's codes as a number of
    // its own (any run of digits, such as a certificate's modulus, may hold six digits by chance).
    String log = Files.readString(RunningApp.log(), StandardCharsets.ISO_8859_1);
    String logged = log.substring((int) Math.min(logBefore, log.length()));
    for (String code : List.of(user.app().codeAt(-1), user.app().code())) {
      assertThat(logged).doesNotContainPattern("(?<![0-9])" + code + "(?![0-9])");
    }
  }

  @Test
  void theAppsOwnCodesWorkLikeAnAuthenticatorAppsAndAreNotReplayable() {
    Paired user = pairedUser();
    JsonObject first = api.login(user.name(), PASSWORD).json();
    String code = user.app().codeAt(1);
    Api.Answer accepted =
        api.post(challengePath(first) + "/totp", "{\"code\":\"" + code + "\"}", null);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

    JsonObject second = api.login(user.name(), PASSWORD).json();
    Api.Answer replayed =
        api.post(challengePath(second) + "/totp", "{\"code\":\"" + code + "\"}", null);
    assertThat(replayed.status()).isEqualTo(401);
  }

  @Test
  void aPairingTokenWorksOnce() {
    String user = enabledUser();
    JsonObject setup = api.login(user, PASSWORD).json();
    Api.Answer offer = api.post(challengePath(setup) + "/pairing/mobile", "{}", null);
    String qr = offer.json().getString("pairingUri");
    MobileApp.pair(qr, "First", "ios");
    try {
      MobileApp.pair(qr, "Second", "ios");
      throw new AssertionError("A used pairing token paired a second app");
    } catch (MobileApp.PairingRefused e) {
      assertThat(e.answer().status()).isEqualTo(410);
    }
    assertThat(audit("", "MOBILE_PAIRING_REFUSED")).contains("pairing token");
  }

  // --- helpers

  private record Paired(String name, MobileApp app) {}

  private static Paired pairedUser() {
    String user = enabledUser();
    JsonObject setup = api.login(user, PASSWORD).json();
    BrandedAppSettings.Paired paired = BrandedAppSettings.pairAtLogin(api, setup, "Phone");
    assertThat(paired.login().json().getString("status")).isEqualTo("AUTHENTICATED");
    return new Paired(user, paired.app());
  }

  private static String enabledUser() {
    String user = Api.uniqueName("mobile");
    api.createBackupUser(user, PASSWORD, true);
    return user;
  }

  private static Api.Answer poll(JsonObject challenge) {
    return BrandedAppSettings.pollUntilDone(api, challengePath(challenge));
  }

  private static String audit(String subject, String action) {
    String query = subject.isEmpty() ? "" : "subject=" + subject + "&";
    return api.get("/api/v1/audit?" + query + "action=" + action + "&size=200", admin).body();
  }

  private static List<JsonObject> awaitRelayed(int count) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (PushRelay.get().received().size() < count && Instant.now().isBefore(deadline)) {
      sleep(100);
    }
    sleep(500); // and no second notification follows
    return PushRelay.get().received();
  }

  /** The notifier gives up after its retries, a moment after the login. */
  private static void awaitRelayUnreachable() {
    Instant deadline = Instant.now().plusSeconds(20);
    ConsoleClient console =
        ConsoleClient.login(RunningApp.baseUrl(), "system", RunningApp.adminPassword());
    while (Instant.now().isBefore(deadline)
        && !console.get("/admin/monitoring/dashboard.xhtml").body().contains("Unreachable")) {
      sleep(300);
    }
  }

  private static JsonObject counters() {
    Api.Answer answer = api.get("/api/v1/operations/counters", admin);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonObject("counters");
  }

  private static long delta(String name, JsonObject before, JsonObject after) {
    return value(after, name) - value(before, name);
  }

  private static long value(JsonObject counters, String name) {
    return counters.containsKey(name) ? counters.getJsonNumber(name).longValue() : 0;
  }

  /** Deliveries are counted off the login's thread, a moment after the relay answered. */
  private static JsonObject awaitCounted(String name, JsonObject before, long expected) {
    Instant deadline = Instant.now().plusSeconds(20);
    JsonObject now = counters();
    while (delta(name, before, now) < expected && Instant.now().isBefore(deadline)) {
      sleep(200);
      now = counters();
    }
    return now;
  }

  /** The push relay's entry in the readiness check's channels, once it starts with the state. */
  private static String awaitRelayChannel(String state) {
    Instant deadline = Instant.now().plusSeconds(20);
    String channel = relayChannel();
    while (!channel.startsWith(state + ":") && Instant.now().isBefore(deadline)) {
      sleep(200);
      channel = relayChannel();
    }
    return channel;
  }

  private static String relayChannel() {
    Api.Answer ready = api.get("/health/ready", null);
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    JsonObject channels =
        ready.json().getJsonArray("checks").stream()
            .map(JsonObject.class::cast)
            .filter(check -> check.getString("name").equals("channels"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No channels check: " + ready.body()));
    assertThat(channels.getString("status")).isEqualTo("UP");
    return channels.getJsonObject("data").getString("pushRelay", "");
  }

  private static void awaitLog(String text) throws Exception {
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      if (Files.readString(RunningApp.log(), StandardCharsets.ISO_8859_1).contains(text)) {
        return;
      }
      sleep(200);
    }
    throw new AssertionError("The server never logged: " + text);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
