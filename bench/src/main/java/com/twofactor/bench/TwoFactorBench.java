package com.twofactor.bench;

import com.twofactor.it.Api;
import com.twofactor.it.MicroServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Measures the bulk 2FA change and the 2FA-filtered Backup User list on 100,000 users, over HTTP
 * against the built WAR on Payara Micro (127.0.0.1 only), and prints how the database runs the
 * filtered page query.
 *
 * <p>Usage: {@code TwoFactorBench [h2|postgresql]}, from the repository root after {@code mvn
 * -DskipTests package -pl bench -am} ({@code bench/run.sh} does both). Figures go to stdout and to
 * {@code bench/target/results-<db>.txt}. System properties scale it down for a quick try: {@code
 * bench.users}, {@code bench.bulkUsers}, {@code bench.bulkRounds}, {@code bench.pageRuns}, {@code
 * bench.warmUps}; {@code bench.serverOptions} adds JVM options to the server.
 */
public final class TwoFactorBench {

  private static final String ADMIN_PASSWORD = "bench-Admin-Password-1";
  private static final String USERS = "/api/v1/backup-users";

  /** Access tokens live 15 minutes; a new one is fetched well before. */
  private static final Duration TOKEN_AGE_LIMIT = Duration.ofMinutes(10);

  /** What the issue promises: a bulk change well under 5 s, a page well under ~200 ms. */
  private static final double BULK_LIMIT_MS = 5_000;

  private static final double PAGE_LIMIT_MS = 200;

  /** Every request is bounded; a bulk change on a busy machine may take a while. */
  private static final Duration REQUEST_LIMIT = Duration.ofMinutes(2);

  /** Changed between two measured list requests, as other activity on a live server does. */
  private static final String TOUCHED_USER = BackupUserSeed.loginName(1);

  private static final String CPU_LEGEND =
      "srv cpu / db cpu: mean CPU time per request (ms) of the server process (JIT and GC"
          + " included) / of PostgreSQL's backends; the embedded H2 works inside the server, or"
          + " inside this program without server";

  private final BenchDatabase database;
  private final Settings settings;
  private final Path work;
  private final BackupUserSeed seed;
  private final StringBuilder report = new StringBuilder();
  private final Instant began = Instant.now();

  private MicroServer server;
  private LongSupplier serverDatabaseCpu;
  private Api api;
  private String token;
  private Instant tokenIssued;

  /** How much to do; the defaults are the figures the issue asks about. */
  record Settings(int users, int bulkUsers, int bulkRounds, int pageRuns, int warmUps) {
    static Settings fromSystemProperties() {
      return new Settings(
          Integer.getInteger("bench.users", 100_000),
          Integer.getInteger("bench.bulkUsers", 10_000),
          Integer.getInteger("bench.bulkRounds", 5),
          Integer.getInteger("bench.pageRuns", 20),
          Integer.getInteger("bench.warmUps", 3));
    }
  }

  private TwoFactorBench(BenchDatabase database, Settings settings, Path work) {
    this.database = database;
    this.settings = settings;
    this.work = work;
    this.seed = new BackupUserSeed(settings.users());
  }

  public static void main(String[] args) throws Exception {
    BenchDatabase database = BenchDatabase.named(args.length > 0 ? args[0] : "h2");
    Path root = Path.of("").toAbsolutePath();
    Path web = root.resolve("web").resolve("target");
    // Read by MicroServer.
    System.setProperty(
        "payara.microJar",
        System.getProperty("payara.microJar", web.resolve("payara-micro.jar").toString()));
    System.setProperty(
        "it.war", System.getProperty("it.war", web.resolve("twofactor.war").toString()));
    Path target = root.resolve("bench").resolve("target");
    TwoFactorBench bench =
        new TwoFactorBench(
            database, Settings.fromSystemProperties(), target.resolve("work-" + database.id()));
    String results = bench.run();
    System.out.print(results);
    Path file = target.resolve("results-" + database.id() + ".txt");
    Files.writeString(file, results);
    progress("Written to %s", file);
  }

  private String run() throws SQLException, IOException {
    deleteRecursively(work);
    database.recreate();
    List<String> options = new ArrayList<>();
    options.add("-Dtwofactor.admin.password=" + ADMIN_PASSWORD);
    options.addAll(database.serverOptions(work.resolve("server").resolve("data")));
    String extra = System.getProperty("bench.serverOptions", "").strip();
    if (!extra.isEmpty()) {
      options.addAll(Arrays.asList(extra.split("\\s+")));
    }
    server = new MicroServer(work.resolve("server"), options);
    Path data = server.dataFolder();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    heading();
    String plans;
    try {
      progress("First start: Flyway creates the schema, the system admin is created");
      server.start();
      line("First start (empty database, Flyway migrations): %,d ms", millis(server));
      server.stop();

      progress("Seeding %,d backup users over JDBC", settings.users());
      long seeding = System.nanoTime();
      try (Connection connection = database.connect(data)) {
        line("Database: %s", connection.getMetaData().getDatabaseProductVersion());
        seed.writeInto(connection);
        long maintaining = System.nanoTime();
        database.maintain(connection);
        line(
            "Seeding %,d backup users over JDBC (batches of 1,000): %,d ms, then %s: %,d ms",
            settings.users(),
            (maintaining - seeding) / 1_000_000,
            database == BenchDatabase.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE",
            (System.nanoTime() - maintaining) / 1_000_000);
      }
      plans = queryPlans(data);

      progress("Second start on the seeded database");
      server.start();
      line("Start on the seeded database: %,d ms", millis(server));
      api = new Api(server.baseUrl(), REQUEST_LIMIT);
      // The embedded H2 admits no second process while the server runs; nor needs to be watched.
      try (Connection observer =
          database == BenchDatabase.POSTGRESQL ? database.connect(data) : null) {
        serverDatabaseCpu = database.serverDatabaseCpu(server.pid(), observer);
        filteredPages();
        bulkChangesOverHttp();
      }
    } finally {
      server.stop();
    }
    try (Connection connection = database.connect(data)) {
      database.maintain(connection);
      bulkChangesOverJdbc(connection);
    }
    report.append(plans);
    line("");
    line(
        "Done in %d s; system load average %.2f at the end (%d cores).",
        Duration.between(began, Instant.now()).toSeconds(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    return report.toString();
  }

  private void heading() {
    line(
        "TwoFactor benchmark on %s, %s UTC",
        database.id(),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(began.atOffset(ZoneOffset.UTC).toLocalDateTime()));
    line(
        "Machine: %d cores, %s, JDK %s; system load average %.2f at the start",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        System.getProperty("java.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    line("Server: Payara Micro, -Xmx512m, bound to 127.0.0.1; times are client round trips");
    line(CPU_LEGEND);
  }

  /** The 2FA-filtered list: first, middle and last page, and unfiltered as the baseline. */
  private void filteredPages() {
    line("");
    line(
        "Backup User list, GET %s?twoFactor=…&page=…&size=… (%d runs after %d warm-ups, ms)",
        USERS, settings.pageRuns(), settings.warmUps());
    line(
        "%-9s %5s %-7s %6s %7s %5s %9s %9s %9s %8s %8s",
        "twoFactor",
        "size",
        "page",
        "number",
        "total",
        "rows",
        "median",
        "p95",
        "max",
        "srv cpu",
        "db cpu");
    progress("Warming up the server");
    for (int i = 0; i < 10 * settings.warmUps(); i++) {
      page(List.of("enabled", "disabled", "").get(i % 3), i % 7, 50);
    }
    for (String filter : List.of("enabled", "disabled", "")) {
      for (int size : List.of(50, 100)) {
        long total = page(filter, 0, size).getJsonNumber("total").longValue();
        long expected =
            switch (filter) {
              case "enabled" -> seed.expectedTotal(true);
              case "disabled" -> seed.expectedTotal(false);
              default -> settings.users();
            };
        if (total != expected) {
          throw new IllegalStateException(
              "twoFactor=" + filter + " finds " + total + " users, expected " + expected);
        }
        int last = (int) ((total - 1) / size);
        for (Position position : Position.values()) {
          int number = position.of(last);
          progress("twoFactor=%s size=%d page=%d", filter, size, number);
          for (int i = 0; i < settings.warmUps(); i++) {
            page(filter, number, size);
          }
          Samples samples = new Samples();
          int rows = 0;
          for (int i = 0; i < settings.pageRuns(); i++) {
            writeSomething(i);
            long cpu = serverCpu();
            long databaseCpu = serverDatabaseCpu.getAsLong();
            long start = System.nanoTime();
            JsonObject answer = page(filter, number, size);
            samples.add(System.nanoTime() - start);
            samples.addServerCpu(serverCpu() - cpu);
            if (database == BenchDatabase.POSTGRESQL) {
              samples.addDatabaseCpu(serverDatabaseCpu.getAsLong() - databaseCpu);
            }
            rows = answer.getJsonArray("items").size();
          }
          long expectedRows = number < last ? size : total - (long) last * size;
          if (rows != expectedRows) {
            throw new IllegalStateException(
                "Page " + number + " holds " + rows + " users, expected " + expectedRows);
          }
          line(
              "%-9s %5d %-7s %6d %7d %5d %9.1f %9.1f %9.1f %8s %8s%s",
              filter.isEmpty() ? "(none)" : filter,
              size,
              position.label,
              number,
              total,
              rows,
              samples.median(),
              samples.p95(),
              samples.max(),
              samples.serverCpu(),
              samples.databaseCpu(),
              samples.median() > PAGE_LIMIT_MS ? "  << over " + (int) PAGE_LIMIT_MS + " ms" : "");
        }
      }
    }
  }

  private enum Position {
    FIRST("first"),
    MIDDLE("middle"),
    LAST("last");

    final String label;

    Position(String label) {
      this.label = label;
    }

    int of(int lastPage) {
      return switch (this) {
        case FIRST -> 0;
        case MIDDLE -> lastPage / 2;
        case LAST -> lastPage;
      };
    }
  }

  /**
   * A small change (one user's alias, and its audit line) before each measured list request. A live
   * server writes all the time (logins, audit); without writes, H2 answers a statement repeated
   * with the same parameters (the count of every page of one filter) from its last result, and the
   * benchmark would time that cache.
   */
  private void writeSomething(int run) {
    String path = USERS + "/" + TOUCHED_USER;
    Api.Answer answer = api.patch(path, "{\"alias\":\"Bench run " + run + "\"}", token());
    if (answer.status() != 200) {
      throw new IllegalStateException("PATCH " + path + " answered " + answer);
    }
  }

  private JsonObject page(String filter, int number, int size) {
    String query = "?page=" + number + "&size=" + size;
    if (!filter.isEmpty()) {
      query += "&twoFactor=" + filter;
    }
    Api.Answer answer = api.get(USERS + query, token());
    if (answer.status() != 200) {
      throw new IllegalStateException("GET " + USERS + query + " answered " + answer);
    }
    return answer.json();
  }

  /**
   * Enable, then disable again, 2FA for the same users, in requests of at most {@value
   * #NAMES_PER_REQUEST} names (the most one bulk change takes); a round's time is their sum.
   */
  private void bulkChangesOverHttp() throws SQLException {
    List<String> names = seed.bulkTargets(settings.bulkUsers());
    List<List<String>> chunks = new java.util.ArrayList<>();
    for (int from = 0; from < names.size(); from += NAMES_PER_REQUEST) {
      chunks.add(names.subList(from, Math.min(names.size(), from + NAMES_PER_REQUEST)));
    }
    bulkRounds(
        String.format(
            Locale.ROOT,
            "Bulk 2FA change, POST %s/two-factor, %,d login names in %d requests",
            USERS,
            names.size(),
            chunks.size()),
        this::serverCpu,
        database == BenchDatabase.POSTGRESQL ? serverDatabaseCpu : null,
        enabled -> {
          long elapsed = 0;
          for (List<String> chunk : chunks) {
            elapsed += bulkChange(bulkBody(chunk, enabled), chunk.size());
          }
          return elapsed;
        });
  }

  /** The most login names one bulk change takes. */
  private static final int NAMES_PER_REQUEST = 1_000;

  /**
   * The same change as the database sees it: the repository's statements straight over JDBC, once
   * the server has stopped. What the requests above take more is the server's own share.
   */
  private void bulkChangesOverJdbc(Connection connection) throws SQLException {
    List<String> names = seed.bulkTargets(settings.bulkUsers());
    bulkRounds(
        String.format(
            Locale.ROOT,
            "The same change's SQL straight over JDBC, no server (%,d names: lookup, update, commit)",
            names.size()),
        null,
        database.cpuClock(connection),
        enabled -> DirectBulkChange.run(connection, names, enabled));
  }

  private interface BulkChange {
    /** Changes the users, returning the elapsed nanoseconds. */
    long run(boolean enabled) throws SQLException;
  }

  /**
   * One warm-up round, then the measured rounds, each enabling then disabling 2FA.
   *
   * @param serverCpu the server's CPU clock, {@code null} without server
   * @param databaseCpu the database's CPU clock, {@code null} when the server's holds it
   */
  private void bulkRounds(
      String title, LongSupplier serverCpu, LongSupplier databaseCpu, BulkChange change)
      throws SQLException {
    Samples enabling = new Samples();
    Samples disabling = new Samples();
    double[] warmUp = new double[2];
    for (int round = 0; round <= settings.bulkRounds(); round++) {
      progress("Bulk change, round %d", round);
      for (Samples samples : List.of(enabling, disabling)) {
        boolean enabled = samples == enabling;
        long cpu = serverCpu == null ? 0 : serverCpu.getAsLong();
        long dbCpu = databaseCpu == null ? 0 : databaseCpu.getAsLong();
        long elapsed = change.run(enabled);
        if (round == 0) {
          warmUp[enabled ? 0 : 1] = elapsed / 1_000_000.0;
        } else {
          samples.add(elapsed);
          if (serverCpu != null) {
            samples.addServerCpu(serverCpu.getAsLong() - cpu);
          }
          if (databaseCpu != null) {
            samples.addDatabaseCpu(databaseCpu.getAsLong() - dbCpu);
          }
        }
      }
    }
    line("");
    line("%s (%d rounds after 1 warm-up, ms)", title, enabling.count());
    line(
        "%-9s %9s %9s %9s %9s %8s %8s",
        "enabled", "warm-up", "min", "median", "max", "srv cpu", "db cpu");
    bulkLine("true", warmUp[0], enabling);
    bulkLine("false", warmUp[1], disabling);
  }

  private void bulkLine(String enabled, double warmUp, Samples samples) {
    line(
        "%-9s %9.0f %9.0f %9.0f %9.0f %8s %8s%s",
        enabled,
        warmUp,
        samples.min(),
        samples.median(),
        samples.max(),
        samples.serverCpu(),
        samples.databaseCpu(),
        samples.median() > BULK_LIMIT_MS ? "  << over " + (int) BULK_LIMIT_MS + " ms" : "");
  }

  /** The elapsed nanoseconds of one bulk change, which must change every named user. */
  private long bulkChange(String body, int count) {
    String bearer = token();
    long start = System.nanoTime();
    Api.Answer answer = api.post(USERS + "/two-factor", body, bearer);
    long elapsed = System.nanoTime() - start;
    if (answer.status() != 200) {
      throw new IllegalStateException("Bulk change answered " + answer.status());
    }
    JsonObject result = answer.json();
    if (result.getInt("requested") != count
        || result.getInt("changed") != count
        || !result.getJsonArray("notFound").isEmpty()) {
      throw new IllegalStateException(
          "Bulk change of " + count + " users answered " + answer.body());
    }
    return elapsed;
  }

  private static String bulkBody(List<String> names, boolean enabled) {
    StringBuilder body = new StringBuilder("{\"loginNames\":[");
    for (int i = 0; i < names.size(); i++) {
      body.append(i == 0 ? "\"" : ",\"").append(names.get(i)).append('"');
    }
    return body.append("],\"enabled\":").append(enabled).append('}').toString();
  }

  /**
   * How the database runs the 2FA-filtered list: the statements EclipseLink sends for {@code
   * twoFactor=disabled} (the larger set), on the freshly seeded users, with the database's EXPLAIN
   * ANALYZE while the server is stopped (the embedded H2 admits one process only).
   */
  private String queryPlans(Path data) throws SQLException {
    progress("Query plans");
    int size = 50;
    long total = seed.expectedTotal(false);
    long lastOffset = (total - 1) / size * size;
    StringBuilder plans = new StringBuilder();
    try (Connection connection = database.connect(data)) {
      connection.setAutoCommit(true);
      plans.append(
          planOf(connection, "first page, size " + size, FilteredListSql.page(false, size, 0)));
      plans.append(
          planOf(
              connection,
              "last page, size " + size + " (offset " + lastOffset + ")",
              FilteredListSql.page(false, size, lastOffset)));
      plans.append(planOf(connection, "count", FilteredListSql.count(false)));
    }
    return plans.toString();
  }

  private String planOf(Connection connection, String what, String sql) throws SQLException {
    StringBuilder text = new StringBuilder("\nPlan of twoFactor=disabled, ").append(what);
    text.append(" (seeded data, server stopped):\n  ").append(sql).append('\n');
    for (String row : database.plan(connection, sql).split("\n")) {
      text.append("  | ").append(row).append('\n');
    }
    return text.toString();
  }

  private long serverCpu() {
    return Processes.cpuNanos(server.pid());
  }

  private String token() {
    if (token == null
        || Duration.between(tokenIssued, Instant.now()).compareTo(TOKEN_AGE_LIMIT) > 0) {
      token = api.token("system", ADMIN_PASSWORD);
      tokenIssued = Instant.now();
    }
    return token;
  }

  private void line(String format, Object... values) {
    report.append(String.format(Locale.ROOT, format, values)).append('\n');
  }

  private static long millis(MicroServer server) {
    return server.lastStartup().toMillis();
  }

  private static void progress(String format, Object... values) {
    System.err.printf(Locale.ROOT, "[bench] " + format + "%n", values);
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
