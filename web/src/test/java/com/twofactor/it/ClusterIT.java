package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.twofactor.mobileapp.MobileApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes on loopback, joined in one data grid (TCP/IP discovery on 127.0.0.1),
 * sharing one fresh PostgreSQL schema, the same secrets key and the same token signing keys, as
 * {@code ./run.sh cluster} starts them. Both start at once on the empty schema. A login started on
 * one node finishes on the other; the rules that guard logins hold across nodes, since every one of
 * them is decided in the database; a node killed with SIGKILL loses nothing: the other finishes its
 * logins, and it rejoins when it starts again. The nodes talk to the shipped throttling: the tests
 * that fail on purpose talk from loopback addresses of their own (127.0.0.x, 127.0.1.x).
 *
 * <p>The cluster is an install upgraded from the legacy version: each node has its own copy of the
 * legacy Twilio settings file, imported once by whichever node gets there first, and SMS goes to a
 * Twilio-compatible server on loopback. Twilio and mobile authentication are never on together, so
 * the SMS login runs first; the first test that needs mobile authentication switches it on, which
 * switches Twilio off for good (as an administrator moving to the app would).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String PASSWORD = "cluster-User-Password-1";
  private static final Pattern GRID_SIZE = Pattern.compile("DG Size: (\\d+)");

  private static MicroServer nodeA;
  private static MicroServer nodeB;
  private static Api apiA;
  private static Api apiB;
  private static TwilioServer twilio;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    assumeTrue("postgresql".equals(ItDatabase.kind()), "a cluster shares a PostgreSQL database");
    Path work =
        Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "cluster");
    RunningApp.deleteRecursively(work);
    Path keys = work.resolve("keys");
    Path secretsKey = KeyFiles.writeSecretsKey(keys.resolve("secrets.key"));
    Path privateKey = keys.resolve("jwt-signing-key.pem");
    Path publicKey = keys.resolve("jwt-verification-key.pem");
    KeyFiles.writeSigningKeyPair(privateKey, publicKey);

    twilio = new TwilioServer();
    List<String> options =
        new ArrayList<>(ItDatabase.freshDatabaseOptions("cluster", work.resolve("data")));
    options.add("-Dtwofactor.admin.password=" + RunningApp.adminPassword());
    options.add("-Dtwofactor.secrets.key-file=" + secretsKey);
    options.add("-Dtwofactor.jwt.private-key-file=" + privateKey);
    options.add("-Dtwofactor.jwt.public-key-file=" + publicKey);
    // Long enough for a login opened before a node's death to outlive its restart on a busy host.
    options.add("-Dtwofactor.challenge.ttl=PT15M");
    options.add("-Dtwofactor.twilio.api-base-url=" + twilio.baseUrl());
    // The host registration of the branded app names node B, on loopback.
    options.add("-Dtwofactor.host-test.allow-private=true");

    List<Integer> gridPorts = List.of(MicroServer.freePort(), MicroServer.freePort());
    String cluster = "twofactor-it-" + gridPorts.get(0);
    nodeA =
        MicroServer.clusterNode(
            work.resolve("nodeA"),
            withLegacyFile(options, work.resolve("nodeA")),
            cluster,
            "nodeA",
            gridPorts.get(0),
            gridPorts);
    nodeB =
        MicroServer.clusterNode(
            work.resolve("nodeB"),
            withLegacyFile(options, work.resolve("nodeB")),
            cluster,
            "nodeB",
            gridPorts.get(1),
            gridPorts);
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      Future<MicroServer> a = starting.submit(nodeA::start);
      Future<MicroServer> b = starting.submit(nodeB::start);
      a.get();
      b.get();
    } finally {
      starting.shutdownNow();
    }
    System.out.printf(
        "Cluster of two nodes ready: A in %d ms, B in %d ms%n",
        nodeA.lastStartup().toMillis(), nodeB.lastStartup().toMillis());
    apiA = new Api(nodeA.baseUrl());
    apiB = new Api(nodeB.baseUrl());
  }

  /** The options plus the node's own copy of the legacy Twilio settings file. */
  private static List<String> withLegacyFile(List<String> options, Path node) {
    List<String> withFile = new ArrayList<>(options);
    withFile.add(
        "-Dtwofactor.legacy.twilio-file=" + LegacyApp.writeLegacyFile(node).toAbsolutePath());
    return withFile;
  }

  @AfterAll
  static void stopEveryNode() {
    for (MicroServer node : new MicroServer[] {nodeA, nodeB}) {
      if (node != null) {
        node.stop();
      }
    }
    if (twilio != null) {
      twilio.close();
    }
  }

  @Test
  void theNodesFormOneDataGrid() {
    assertThat(awaitGridSize(nodeA, 2)).as("grid size seen by A").isEqualTo(2);
    assertThat(awaitGridSize(nodeB, 2)).as("grid size seen by B").isEqualTo(2);
    assertThat(apiA.get("/health", null).body()).contains("nodeA");
    assertThat(apiB.get("/health", null).body()).contains("nodeB");
  }

  @Test
  void aLoginStartedOnAFinishesOnBByTotp() {
    Paired user = pairedUser();
    JsonObject challenge = challengeOn(apiA, user.name());

    Api.Answer status = apiB.get(path(challenge), null);
    assertThat(status.json().getString("status")).isEqualTo("CHALLENGE");
    Api.Answer finished = totp(apiB, challenge, user.nextCode());

    assertThat(finished.status()).as(finished.body()).isEqualTo(200);
    assertThat(finished.json().getString("status")).isEqualTo("AUTHENTICATED");
    String token = finished.json().getString("token");
    assertThat(apiA.get("/api/v1/me", token).status()).as("B's token on A").isEqualTo(200);
    assertThat(apiA.get(path(challenge), null).json().getString("status"))
        .isEqualTo("AUTHENTICATED");
  }

  @Test
  void aLoginStartedOnAFinishesOnBByRecoveryCode() {
    Paired user = pairedUser();
    JsonObject challenge = challengeOn(apiA, user.name());

    Api.Answer finished = recovery(apiB, challenge, user.recoveryCodes().get(0));

    assertThat(finished.status()).as(finished.body()).isEqualTo(200);
    assertThat(finished.json().getString("status")).isEqualTo("AUTHENTICATED");
    Api.Answer again = recovery(apiA, challengeOn(apiB, user.name()), user.recoveryCodes().get(0));
    assertThat(again.status()).as("a used recovery code, on the other node").isEqualTo(401);
  }

  @Test
  @Order(1)
  void aLoginStartedOnAFinishesOnBBySms() {
    String admin = apiA.adminToken();
    // Stepped up on A; the number is added on A and verified on B with the same token.
    apiA.stepUpWithPassword(admin, RunningApp.adminPassword());
    assertThat(apiA.get("/api/v1/settings/two-factor", admin).json().getString("twilio"))
        .as("Twilio, imported at start, still on: this test runs first")
        .isEqualTo("ACTIVE");
    Api.Answer imports = apiB.get("/api/v1/audit?action=TWILIO_IMPORTED", admin);
    assertThat(imports.json().getInt("total"))
        .as("both nodes started with the legacy file, one imported it: " + imports.body())
        .isEqualTo(1);

    String name = Api.uniqueName("cluster-sms");
    apiA.createBackupUser(name, PASSWORD, true);
    String national = TwilioServer.randomHongKongMobile();
    String e164 = "+852" + national;
    Api.Answer added =
        apiA.post(
            "/api/v1/accounts/" + name + "/phones",
            Json.createObjectBuilder()
                .add("country", "HK")
                .add("number", national)
                .build()
                .toString(),
            admin);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long phoneId = added.json().getJsonNumber("id").longValue();
    String verify = "/api/v1/accounts/" + name + "/phones/" + phoneId + "/verify";
    assertThat(apiA.post(verify, "{}", admin).status()).isEqualTo(200);
    Api.Answer verified = apiB.post(verify, passcodeJson(twilio.lastPasscodeTo(e164)), admin);
    assertThat(verified.status())
        .as("the number's passcode sent by A, checked by B")
        .isEqualTo(200);

    JsonObject challenge = challengeOn(apiA, name);
    assertThat(challenge.getJsonArray("methods").toString()).isEqualTo("[\"SMS\"]");
    long before = twilio.countTo(e164);
    String send = "{\"phoneId\":" + phoneId + "}";
    Api.Answer sent = apiA.post(path(challenge) + "/sms", send, null);
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    Api.Answer resent = apiB.post(path(challenge) + "/sms", send, null);
    assertThat(resent.status()).as("a resend on B within A's cooldown").isEqualTo(429);
    assertThat(twilio.countTo(e164)).isEqualTo(before + 1);
    String passcode = twilio.lastPasscodeTo(e164);
    assertThat(passcode).startsWith(sent.json().getString("prefix") + "-");

    Api.Answer finished = apiB.post(path(challenge) + "/sms/verify", passcodeJson(passcode), null);

    assertThat(finished.status()).as(finished.body()).isEqualTo(200);
    assertThat(finished.json().getString("status")).isEqualTo("AUTHENTICATED");
    String token = finished.json().getString("token");
    assertThat(apiA.get("/api/v1/me", token).status()).as("B's token on A").isEqualTo(200);
    assertThat(apiA.post(path(challenge) + "/sms/verify", passcodeJson(passcode), null).status())
        .as("the passcode B accepted, sent to A")
        .isEqualTo(410);
  }

  @Test
  void aLoginStartedOnAFinishesOnBByPush() {
    mobileAuthenticationOn();
    // The app talks to the host registration: node B (in production, the load balancer).
    BrandedAppSettings.switchOn(apiA, nodeB.baseUrl());
    try {
      String name = Api.uniqueName("cluster-push");
      MobileApp app = brandedAppPairedOnB(name);
      JsonObject challenge = challengeOn(apiA, name);
      assertThat(challenge.getJsonArray("methods").toString()).contains("PUSH");
      JsonObject push = startPush(apiA, challenge);
      String requestId = push.getString("requestId");

      List<MobileApp.Pending> pending = app.pending();
      assertThat(pending).extracting(MobileApp.Pending::requestId).containsExactly(requestId);
      assertThat(pending.get(0).numberChoices()).contains(push.getString("numberMatch"));
      MobileApp.Answer approved = app.approve(requestId, push.getString("numberMatch"));
      assertThat(approved.status()).as(approved.body()).isEqualTo(200);

      Api.Answer finished = BrandedAppSettings.pollUntilDone(apiB, path(challenge));
      assertThat(finished.json().getString("status")).isEqualTo("AUTHENTICATED");
      String token = finished.json().getString("token");
      assertThat(apiA.get("/api/v1/me", token).status()).as("B's token on A").isEqualTo(200);
      assertThat(apiA.get(path(challenge), null).json().getString("status"))
          .isEqualTo("AUTHENTICATED");
      assertThat(app.approve(requestId, push.getString("numberMatch")).status())
          .as("the same request approved again")
          .isEqualTo(410);
    } finally {
      mobileAuthenticationOn();
    }
  }

  @Test
  void pushRequestsStartedOnEitherNodeCountTogether() {
    mobileAuthenticationOn();
    BrandedAppSettings.switchOn(apiA, nodeB.baseUrl());
    try {
      String name = Api.uniqueName("cluster-pushes");
      brandedAppPairedOnB(name);
      List<JsonObject> challenges = List.of(challengeOn(apiA, name), challengeOn(apiB, name));

      // The shipped limit, five in ten minutes, spent by turns on A and on B.
      for (int i = 0; i < 5; i++) {
        startPush(i % 2 == 0 ? apiA : apiB, challenges.get(i % 2));
      }

      for (int i = 0; i < 2; i++) {
        Api.Answer limited =
            (i == 0 ? apiA : apiB).post(path(challenges.get(i)) + "/push", "{}", null);
        assertThat(limited.status()).as("the sixth push, on node %d", i).isEqualTo(429);
        assertThat(limited.body()).contains("Too many push requests");
      }
    } finally {
      mobileAuthenticationOn();
    }
  }

  @Test
  void aSettingsChangeOnATakesEffectOnBAtTheNextRequest() {
    Paired paired = pairedUser();
    assertThat(apiB.login(paired.name(), PASSWORD).json().getString("status"))
        .isEqualTo("CHALLENGE");
    try {
      apiA.switchMobileAuthentication(false);
      assertThat(apiB.login(paired.name(), PASSWORD).json().getString("status"))
          .as("mobile authentication switched off on A")
          .isEqualTo("AUTHENTICATED");
    } finally {
      apiA.switchMobileAuthentication(true);
    }
    assertThat(apiB.login(paired.name(), PASSWORD).json().getString("status"))
        .as("and on again")
        .isEqualTo("CHALLENGE");

    String group = Api.uniqueName("cluster-group");
    String admin = apiA.adminToken();
    assertThat(apiA.post("/api/v1/policy-groups", groupJson(group, false), admin).status())
        .isEqualTo(201);
    String user = Api.uniqueName("cluster-grouped");
    apiA.createBackupUser(Api.NewBackupUser.named(user, PASSWORD).inGroup(group));
    assertThat(apiB.login(user, PASSWORD).json().getString("status")).isEqualTo("AUTHENTICATED");

    Api.Answer required = apiA.put("/api/v1/policy-groups/" + group, groupJson(group, true), admin);
    assertThat(required.status()).as(required.body()).isEqualTo(200);

    assertThat(apiB.login(user, PASSWORD).json().getString("status"))
        .as("the group requires two-factor authentication, changed on A")
        .isEqualTo("SETUP_REQUIRED");
  }

  @Test
  void oneCodeSentToBothNodesAtOnceSucceedsOnce() throws Exception {
    Paired user = pairedUser();
    List<JsonObject> challenges =
        List.of(challengeOn(apiA, user.name()), challengeOn(apiB, user.name()));
    String code = user.nextCode();

    List<Integer> statuses =
        atOnce(
            "127.0.0.5",
            4,
            i -> new Try(i % 2 == 0 ? nodeA : nodeB, challenges.get(i % 2), "/totp", code));

    assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    assertThat(statuses).filteredOn(status -> status != 200).isSubsetOf(401, 410);
  }

  @Test
  void oneRecoveryCodeSentToBothNodesAtOnceSucceedsOnce() throws Exception {
    Paired user = pairedUser();
    List<JsonObject> challenges =
        List.of(challengeOn(apiA, user.name()), challengeOn(apiB, user.name()));
    String code = user.recoveryCodes().get(1);

    List<Integer> statuses =
        atOnce(
            "127.0.0.6",
            4,
            i -> new Try(i % 2 == 0 ? nodeA : nodeB, challenges.get(i % 2), "/recovery", code));

    assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    assertThat(statuses).filteredOn(status -> status != 200).isSubsetOf(401, 410);
  }

  @Test
  void theFailureBudgetOfAnAccountIsOneForAllNodes() {
    String user = Api.uniqueName("cluster-budget");
    apiA.createBackupUser(user, PASSWORD, false);

    // Ten wrong passwords, one from each of ten addresses (none of them is throttled), every other
    // one on each node: the budget of ten is spent.
    for (int i = 1; i <= 10; i++) {
      String answer = loginFrom("127.0.1." + i, i % 2 == 0 ? nodeA : nodeB, user, "wrong-" + i);
      if (i < 10) {
        assertThat(statusOf(answer)).as("wrong password %d", i).isEqualTo(401);
      }
    }

    assertThat(statusOf(loginFrom("127.0.1.11", nodeA, user, PASSWORD))).isEqualTo(423);
    assertThat(statusOf(loginFrom("127.0.1.12", nodeB, user, PASSWORD))).isEqualTo(423);
  }

  @Test
  void anAddressThrottledOnOneNodeWaitsOnEvery() {
    String user = Api.uniqueName("cluster-throttle");
    apiA.createBackupUser(user, PASSWORD, false);

    // The shipped throttling: five failures go free, the sixth starts the wait.
    for (int i = 1; i <= 6; i++) {
      String answer = loginFrom("127.0.0.3", i % 2 == 0 ? nodeA : nodeB, user, "wrong-" + i);
      assertThat(statusOf(answer)).as("wrong password %d", i).isEqualTo(401);
    }

    assertThat(statusOf(loginFrom("127.0.0.3", nodeA, user, PASSWORD))).isEqualTo(429);
    assertThat(statusOf(loginFrom("127.0.0.3", nodeB, user, PASSWORD))).isEqualTo(429);
    assertThat(statusOf(loginFrom("127.0.0.4", nodeB, user, PASSWORD)))
        .as("another address")
        .isEqualTo(200);
  }

  @Test
  void afterASigkillOfAMidChallengeBFinishesItAndARejoinsLosingNothing() {
    Paired user = pairedUser();
    JsonObject finishedByB = challengeOn(apiA, user.name());
    JsonObject finishedByA = challengeOn(apiA, user.name());
    String code = user.nextCode();

    nodeA.kill();

    Api.Answer status = apiB.get(path(finishedByB), null);
    assertThat(status.json().getString("status")).isEqualTo("CHALLENGE");
    Api.Answer finished = totp(apiB, finishedByB, code);
    assertThat(finished.status()).as(finished.body()).isEqualTo(200);
    String token = finished.json().getString("token");

    nodeA.start();

    assertThat(awaitGridSize(nodeA, 2)).as("A back in the grid").isEqualTo(2);
    assertThat(apiA.get("/api/v1/me", token).status()).as("B's token on the new A").isEqualTo(200);
    assertThat(apiA.get(path(finishedByB), null).json().getString("status"))
        .isEqualTo("AUTHENTICATED");
    assertThat(totp(apiA, finishedByA, code).status())
        .as("the code B accepted, sent to the new A")
        .isEqualTo(401);
    Api.Answer later = totp(apiA, finishedByA, user.nextCode());
    assertThat(later.status())
        .as("a login opened on A before its death, finished by the new A: " + later.body())
        .isEqualTo(200);
    assertThat(apiA.get("/api/v1/me/devices", token).body()).contains("Cluster phone");
    Api.Answer audit =
        apiA.get(
            "/api/v1/audit?subject=" + user.name() + "&action=LOGIN_SUCCEEDED", apiA.adminToken());
    assertThat(audit.json().getInt("total"))
        .as("the pairing's login, B's and the new A's on the trail: " + audit.body())
        .isGreaterThanOrEqualTo(3);
  }

  /**
   * Mobile authentication on with Google Authenticator, unless it is; the first time, this switches
   * the legacy Twilio SMS off for good, as the administrator confirms.
   */
  private static void mobileAuthenticationOn() {
    String admin = apiA.adminToken();
    JsonObject current = apiA.get("/api/v1/settings/two-factor", admin).json();
    if (current.getBoolean("mobileAuthentication")
        && "GOOGLE".equals(current.getString("authenticatorApp"))) {
      return;
    }
    Api.Answer changed =
        apiA.put(
            "/api/v1/settings/two-factor",
            Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("mobileAuthentication", true)
                .add("authenticatorApp", "GOOGLE")
                .add("requireForSystemUsers", false)
                .add("confirmTwilioRemoval", true)
                .build()
                .toString(),
            admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
  }

  /**
   * A backup user with two-factor authentication whose first login, on A, pairs the branded app;
   * the app pairs with and talks to B (the host registration).
   */
  private static MobileApp brandedAppPairedOnB(String name) {
    apiA.createBackupUser(name, PASSWORD, true);
    JsonObject setup = apiA.login(name, PASSWORD).json();
    assertThat(setup.getString("status")).isEqualTo("SETUP_PROMPT");
    BrandedAppSettings.Paired paired = BrandedAppSettings.pairAtLogin(apiA, setup, "Cluster app");
    assertThat(paired.app().server()).isEqualTo(nodeB.baseUrl());
    assertThat(paired.login().json().getString("status"))
        .as("the pairing on B finished the login on A")
        .isEqualTo("AUTHENTICATED");
    return paired.app();
  }

  private static JsonObject startPush(Api api, JsonObject challenge) {
    Api.Answer push = api.post(path(challenge) + "/push", "{}", null);
    assertThat(push.status()).as(push.body()).isEqualTo(200);
    return push.json();
  }

  /** A backup user with two-factor authentication and an app paired on A. */
  private static Paired pairedUser() {
    mobileAuthenticationOn();
    String name = Api.uniqueName("cluster");
    apiA.createBackupUser(name, PASSWORD, true);
    JsonObject setup = apiA.login(name, PASSWORD).json();
    assertThat(setup.getString("status")).isEqualTo("SETUP_PROMPT");
    TotpApps.Paired paired = TotpApps.pairAtLogin(apiA, setup, "Cluster phone");
    List<String> codes =
        paired.answer().json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    return new Paired(name, paired.app(), codes, new long[] {paired.app().stepNow()});
  }

  /**
   * A user, its app and its recovery codes; {@code spent} is the last time step it used (the
   * pairing used the step it happened in).
   */
  private record Paired(String name, TotpApps app, List<String> recoveryCodes, long[] spent) {

    /** A code of a step after every one used so far, waiting for the clock where needed. */
    String nextCode() {
      long step = Math.max(spent[0] + 1, app.stepNow());
      Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
      while (step > app.stepNow() + 1 && Instant.now().isBefore(deadline)) {
        pause(Duration.ofSeconds(1));
      }
      spent[0] = step;
      return app.codeOfStep(step);
    }
  }

  private static JsonObject challengeOn(Api api, String user) {
    Api.Answer answer = api.login(user, PASSWORD);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getString("status")).isEqualTo("CHALLENGE");
    return answer.json();
  }

  private static String path(JsonObject challenge) {
    return "/api/v1/auth/challenges/" + challenge.getString("challengeId");
  }

  private static Api.Answer totp(Api api, JsonObject challenge, String code) {
    return api.post(path(challenge) + "/totp", codeJson(code), null);
  }

  private static Api.Answer recovery(Api api, JsonObject challenge, String code) {
    return api.post(path(challenge) + "/recovery", codeJson(code), null);
  }

  private static String codeJson(String code) {
    return Json.createObjectBuilder().add("code", code).build().toString();
  }

  private static String passcodeJson(String passcode) {
    return Json.createObjectBuilder().add("passcode", passcode).build().toString();
  }

  private static String groupJson(String name, boolean requireTwoFactor) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("requireTwoFactor", requireTwoFactor)
        .build()
        .toString();
  }

  /** One answer to a challenge on a node. */
  private record Try(MicroServer node, JsonObject challenge, String method, String code) {}

  private interface Tries {
    Try get(int index);
  }

  /** Sends {@code count} tries from {@code source} at the same moment; their statuses. */
  private static List<Integer> atOnce(String source, int count, Tries tries) throws Exception {
    CountDownLatch ready = new CountDownLatch(count);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Try attempt = tries.get(i);
        calls.add(
            () -> {
              ready.countDown();
              ready.await(30, TimeUnit.SECONDS);
              return statusOf(
                  postFrom(
                      source,
                      attempt.node(),
                      path(attempt.challenge()) + attempt.method(),
                      codeJson(attempt.code())));
            });
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
        statuses.add(result.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String loginFrom(String source, MicroServer node, String user, String password) {
    return postFrom(
        source,
        node,
        "/api/v1/auth/login",
        Json.createObjectBuilder()
            .add("loginName", user)
            .add("password", password)
            .build()
            .toString());
  }

  /**
   * A POST over a socket bound to {@code source}, an address of the loopback range, so the nodes
   * see it as the caller's address; returns the raw answer.
   */
  private static String postFrom(String source, MicroServer node, String path, String json) {
    int port = java.net.URI.create(node.baseUrl()).getPort();
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + port
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int statusOf(String answer) {
    assertThat(answer).startsWith("HTTP/1.1 ");
    return Integer.parseInt(answer.substring(9, 12));
  }

  /** The largest data grid the node's log reported since its start, waiting up to a minute. */
  private static int awaitGridSize(MicroServer node, int expected) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    int largest = 0;
    while (true) {
      Matcher sizes = GRID_SIZE.matcher(node.logOfThisStart());
      while (sizes.find()) {
        largest = Math.max(largest, Integer.parseInt(sizes.group(1)));
      }
      if (largest >= expected || Instant.now().isAfter(deadline)) {
        return largest;
      }
      pause(Duration.ofSeconds(1));
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
