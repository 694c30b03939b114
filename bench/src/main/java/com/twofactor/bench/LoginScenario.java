package com.twofactor.bench;

import com.twofactor.it.Api;
import com.twofactor.it.MicroServer;
import com.twofactor.passwords.control.Argon2idAlgorithm;
import com.twofactor.passwords.control.PasswordHashAlgorithm;
import com.twofactor.passwords.control.Pbkdf2Sha512Algorithm;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Logins of users paired with an authenticator app, each with a code never used before, by
 * concurrent clients: in two requests (password, then code) and in one (both at once). For each
 * password hash asked for, a fresh server boots; the run reports its boot time and memory, the
 * password hash alone on this machine, and per login kind the logins per second, latency
 * percentiles, failures, the server's CPU time per login and its memory under load.
 *
 * <p>System properties: {@code bench.loginUsers} (2,000), {@code bench.clients} (16), {@code
 * bench.warmUp} and {@code bench.window} (seconds: 30, 20), {@code bench.hashes} ({@code
 * default,fast}), {@code bench.kinds} ({@code two,one,floor}), {@code bench.totpPeriod} (seconds;
 * 10 for the default hash, 2 for the fast one), {@code bench.hashSeconds} (10).
 */
final class LoginScenario {

  /** A password hash setting the server runs with. */
  enum Hash {
    /** The product's default: Argon2id, 7 MiB, 5 passes. */
    DEFAULT("Argon2id m=7168 t=5 p=1 (default)", List.of(), 10),
    /** PBKDF2 with one iteration: everything a login costs but the hash. */
    FAST(
        "PBKDF2-SHA512 i=1 (near-zero hash)",
        List.of(
            "-Dtwofactor.password.algorithm=PBKDF2_SHA512",
            "-Dtwofactor.password.pbkdf2.iterations=1"),
        2);

    final String label;
    final List<String> serverOptions;
    final int totpPeriodSeconds;

    Hash(String label, List<String> serverOptions, int totpPeriodSeconds) {
      this.label = label;
      this.serverOptions = serverOptions;
      this.totpPeriodSeconds = totpPeriodSeconds;
    }

    /** The same hash the server computes, for measuring it alone. */
    PasswordHashAlgorithm algorithm() {
      SecureRandom random = new SecureRandom();
      return this == DEFAULT
          ? new Argon2idAlgorithm(7168, 5, 1, random)
          : new Pbkdf2Sha512Algorithm(1, random);
    }
  }

  record Settings(
      int users,
      int clients,
      Duration warmUp,
      Duration window,
      List<Hash> hashes,
      List<LoginLoad.Kind> kinds,
      Integer totpPeriodSeconds,
      Duration hashDuration) {

    static Settings fromSystemProperties() {
      return new Settings(
          Integer.getInteger("bench.loginUsers", 2_000),
          Integer.getInteger("bench.clients", 16),
          Duration.ofSeconds(Integer.getInteger("bench.warmUp", 30)),
          Duration.ofSeconds(Integer.getInteger("bench.window", 20)),
          Arrays.stream(System.getProperty("bench.hashes", "default,fast").split(","))
              .map(name -> Hash.valueOf(name.strip().toUpperCase(Locale.ROOT)))
              .toList(),
          Arrays.stream(System.getProperty("bench.kinds", "two,one,floor").split(","))
              .map(Settings::kind)
              .toList(),
          Integer.getInteger("bench.totpPeriod"),
          Duration.ofSeconds(Integer.getInteger("bench.hashSeconds", 10)));
    }

    private static LoginLoad.Kind kind(String name) {
      switch (name.strip()) {
        case "one":
          return LoginLoad.Kind.ONE_REQUEST;
        case "floor":
          return LoginLoad.Kind.FLOOR;
        default:
          return LoginLoad.Kind.TWO_REQUESTS;
      }
    }
  }

  private final BenchDatabase database;
  private final Settings settings;
  private final Report report;
  private final List<String> table = new ArrayList<>();

  LoginScenario(BenchDatabase database, Settings settings, Report report) {
    this.database = database;
    this.settings = settings;
    this.report = report;
  }

  void run(BenchServer bench) throws Exception {
    report.heading("login on " + database.id());
    report.line(
        "Server: Payara Micro, -Xmx512m, 127.0.0.1; %,d users paired with an authenticator app"
            + " through the API; %d clients; %d s warm-up, then %d s measured",
        settings.users(),
        settings.clients(),
        settings.warmUp().toSeconds(),
        settings.window().toSeconds());
    report.line(
        "cpu/login: CPU time of the server process (H2 embedded, JIT and GC included) over the"
            + " window / logins that succeeded in it%s",
        database == BenchDatabase.POSTGRESQL ? "; db: PostgreSQL backends' CPU per login" : "");
    for (Hash hash : settings.hashes()) {
      try {
        runWith(bench, hash);
      } catch (RuntimeException e) {
        // A server that does not get ready on a busy machine: say so, and go on with the next.
        report.line(
            "%s: not measured, %s (load %s)", hash.label, e.getMessage(), Report.loadAverage());
        Report.progress("%s failed: %s", hash.label, e);
      }
    }
    report.line("");
    report.line(
        "%-36s %-13s %8s %7s %7s %7s %7s %9s %10s %8s  %s",
        "password hash",
        "login",
        "logins/s",
        "p50",
        "p90",
        "p99",
        "errors",
        "cpu/login",
        "RSS load",
        "hash/s",
        "load avg (1 5 15) at the end");
    table.forEach(report::line);
    report.footer();
  }

  private void runWith(BenchServer bench, Hash hash) throws Exception {
    int period =
        settings.totpPeriodSeconds() != null
            ? settings.totpPeriodSeconds()
            : hash.totpPeriodSeconds;
    List<String> options = new ArrayList<>(hash.serverOptions);
    options.add("-Dtwofactor.totp.period=PT" + period + "S");
    options.addAll(MemoryParts.serverOptions());
    MicroServer server = bench.create(options);
    report.line("");
    report.line("== %s, TOTP period %d s", hash.label, period);
    try {
      Report.progress("Starting the server (%s)", hash.label);
      String loadBefore = Report.loadAverage();
      server.start();
      report.line(
          "Boot to ready (first start: Flyway, keys, admin): %,d ms; RSS after boot %,d MiB"
              + " (load %s)",
          server.lastStartup().toMillis(), Processes.rssKib(server.pid()) / 1024, loadBefore);
      memoryParts(server.pid());
      AdminSession admin =
          new AdminSession(
              new Api(server.baseUrl(), BenchServer.REQUEST_LIMIT, BenchServer.httpVersion()));
      report.line(
          "Access tokens signed %s; the clients speak %s",
          signatureOf(admin.token()), BenchServer.httpVersion());
      LoginSeed.switchMobileAuthenticationOn(admin);
      Report.progress("Pairing %,d users through the API", settings.users());
      long seeding = System.nanoTime();
      List<PairedUser> users = LoginSeed.pairedUsers(admin, settings.users(), 4);
      report.line(
          "%,d users created and paired through the API in %,d s",
          users.size(), (System.nanoTime() - seeding) / 1_000_000_000L);

      int cores = Runtime.getRuntime().availableProcessors();
      Report.progress("The password hash alone, %d threads", cores);
      HashAlone.Result alone = HashAlone.measure(hash.algorithm(), cores, settings.hashDuration());
      report.line(
          "Password hash alone in this process: %.1f ms each on one thread, %.1f/s on %d threads"
              + " (load %s)",
          alone.millisEach(), alone.perSecond(), alone.threads(), Report.loadAverage());

      try (Connection observer =
          database == BenchDatabase.POSTGRESQL ? database.connect(server.dataFolder()) : null) {
        LongSupplier databaseCpu = database.serverDatabaseCpu(server.pid(), observer);
        LoginLoad load =
            new LoginLoad(
                new Api(server.baseUrl(), Duration.ofSeconds(60), BenchServer.httpVersion()),
                users,
                server.pid(),
                databaseCpu);
        for (LoginLoad.Kind kind : settings.kinds()) {
          LoginLoad.Result result =
              load.run(kind, settings.clients(), settings.warmUp(), settings.window());
          row(hash, result, alone);
        }
      }
    } finally {
      server.stop();
    }
  }

  /** The {@code alg} of a JWT's header (RS256 or ES256: what signing one costs differs). */
  private static String signatureOf(String token) {
    String header =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(header))) {
      return reader.readObject().getString("alg");
    }
  }

  /** The committed memory of each part the JVM tracks, when asked for: where the RSS goes. */
  private void memoryParts(long pid) {
    Map<String, Long> parts = MemoryParts.of(pid);
    if (parts.isEmpty()) {
      return;
    }
    long tracked = parts.values().stream().mapToLong(Long::longValue).sum();
    report.line(
        "  committed after boot, by part (native memory tracking; %,d MiB tracked of an RSS of %,d"
            + " MiB):",
        tracked / 1024, Processes.rssKib(pid) / 1024);
    parts.entrySet().stream()
        .filter(part -> part.getValue() >= 1024)
        .forEach(part -> report.line("    %,6d MiB  %s", part.getValue() / 1024, part.getKey()));
  }

  private void row(Hash hash, LoginLoad.Result result, HashAlone.Result alone) {
    Samples latencies = result.latencies();
    boolean any = latencies.count() > 0;
    String cpu = String.format(Locale.ROOT, "%.1f ms", result.serverCpuMillisPerLogin());
    if (database == BenchDatabase.POSTGRESQL) {
      cpu += String.format(Locale.ROOT, " +db %.1f", result.databaseCpuMillisPerLogin());
    }
    String line =
        String.format(
            Locale.ROOT,
            "%-36s %-13s %8.1f %7s %7s %7s %7d %9s %6d MiB %8.1f  %s",
            hash.label,
            result.kind().label,
            result.loginsPerSecond(),
            any ? String.format(Locale.ROOT, "%.0f", latencies.percentile(50)) : "-",
            any ? String.format(Locale.ROOT, "%.0f", latencies.percentile(90)) : "-",
            any ? String.format(Locale.ROOT, "%.0f", latencies.percentile(99)) : "-",
            result.failures(),
            cpu,
            result.peakRssKib() / 1024,
            alone.perSecond(),
            result.load());
    table.add(line);
    report.line(
        "%s login: %.1f logins/s, p50/p90/p99 %s ms, %d errors%s, %s per login, peak RSS %,d MiB,"
            + " load %s",
        result.kind().label,
        result.loginsPerSecond(),
        any
            ? String.format(
                Locale.ROOT,
                "%.0f/%.0f/%.0f",
                latencies.percentile(50),
                latencies.percentile(90),
                latencies.percentile(99))
            : "-",
        result.failures(),
        result.failuresByCause().isEmpty() ? "" : " " + result.failuresByCause(),
        cpu,
        result.peakRssKib() / 1024,
        result.load());
    Report.progress("%s", line);
    if (!result.profile().isEmpty()) {
      report.line(
          "  where the server's CPU went in that window (%,.0f samples of a flight recording):",
          result.profile().get("samples"));
      result.profile().entrySet().stream()
          .filter(share -> !share.getKey().equals("samples") && share.getValue() > 0)
          .forEach(share -> report.line("    %5.1f %%  %s", share.getValue(), share.getKey()));
    }
  }
}
