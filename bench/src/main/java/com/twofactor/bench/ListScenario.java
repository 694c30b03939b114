package com.twofactor.bench;

import com.twofactor.it.Api;
import com.twofactor.it.MicroServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The bulk 2FA change and the 2FA-filtered Backup User list on 100,000 users seeded over JDBC, over
 * HTTP against the built WAR, with the plans of the filtered page query. System properties scale it
 * down for a quick try: {@code bench.users}, {@code bench.bulkUsers}, {@code bench.bulkRounds},
 * {@code bench.pageRuns}, {@code bench.warmUps}.
 */
final class ListScenario {

  static final String USERS = "/api/v1/backup-users";

  /** What the issue promises: a page well under ~200 ms. */
  private static final double PAGE_LIMIT_MS = 200;

  /** Changed between two measured list requests, as other activity on a live server does. */
  private static final String TOUCHED_USER = BackupUserSeed.loginName(1);

  private static final String CPU_LEGEND =
      "srv cpu / db cpu: mean CPU time per request (ms) of the server process (JIT and GC"
          + " included) / of PostgreSQL's backends; the embedded H2 works inside the server, or"
          + " inside this program without server";

  /** How much to do; the defaults are the figures the issue asks about. */
  record Settings(
      int users, int bulkUsers, int bulkRounds, int pageRuns, int warmUps, List<String> parts) {
    static Settings fromSystemProperties() {
      return new Settings(
          Integer.getInteger("bench.users", 100_000),
          Integer.getInteger("bench.bulkUsers", 10_000),
          Integer.getInteger("bench.bulkRounds", 5),
          Integer.getInteger("bench.pageRuns", 20),
          Integer.getInteger("bench.warmUps", 3),
          List.of(System.getProperty("bench.listParts", "pages,keyset,bulk").split(",")));
    }
  }

  private final BenchDatabase database;
  private final Settings settings;
  private final BackupUserSeed seed;
  private final Report report;
  private final BulkScenario bulk;

  private AdminSession admin;
  private LongSupplier serverDatabaseCpu;
  private MicroServer server;

  ListScenario(BenchDatabase database, Settings settings, Report report) {
    this.database = database;
    this.settings = settings;
    this.seed = new BackupUserSeed(settings.users());
    this.report = report;
    this.bulk =
        new BulkScenario(report, seed.bulkTargets(settings.bulkUsers()), settings.bulkRounds());
  }

  void run(BenchServer bench) throws SQLException, IOException {
    report.heading("bulk 2FA change and 2FA-filtered list on " + database.id());
    report.line("Server: Payara Micro, -Xmx512m, bound to 127.0.0.1; times are client round trips");
    report.line(CPU_LEGEND);
    server = bench.create(List.of());
    Path data = server.dataFolder();
    String plans;
    try {
      Report.progress("First start: Flyway creates the schema, the system admin is created");
      server.start();
      report.line(
          "First start (empty database, Flyway migrations): %,d ms",
          server.lastStartup().toMillis());
      server.stop();

      Report.progress("Seeding %,d backup users over JDBC", settings.users());
      long seeding = System.nanoTime();
      try (Connection connection = database.connect(data)) {
        report.line("Database: %s", connection.getMetaData().getDatabaseProductVersion());
        seed.writeInto(connection);
        long maintaining = System.nanoTime();
        database.maintain(connection);
        report.line(
            "Seeding %,d backup users over JDBC (batches of 1,000): %,d ms, then %s: %,d ms",
            settings.users(),
            (maintaining - seeding) / 1_000_000,
            database == BenchDatabase.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE",
            (System.nanoTime() - maintaining) / 1_000_000);
      }
      plans = QueryPlans.of(database, seed, data);

      Report.progress("Second start on the seeded database");
      server.start();
      report.line("Start on the seeded database: %,d ms", server.lastStartup().toMillis());
      admin = new AdminSession(new Api(server.baseUrl(), BenchServer.REQUEST_LIMIT));
      // The embedded H2 admits no second process while the server runs; nor needs to be watched.
      try (Connection observer =
          database == BenchDatabase.POSTGRESQL ? database.connect(data) : null) {
        serverDatabaseCpu = database.serverDatabaseCpu(server.pid(), observer);
        if (settings.parts().contains("pages")) {
          filteredPages();
        }
        if (settings.parts().contains("keyset")) {
          new KeysetScenario(
                  admin, seed, report, () -> Processes.cpuNanos(server.pid()), this::writeSomething)
              .run(settings.warmUps(), settings.pageRuns());
        }
        if (settings.parts().contains("bulk")) {
          bulk.overHttp(
              admin,
              () -> Processes.cpuNanos(server.pid()),
              database == BenchDatabase.POSTGRESQL ? serverDatabaseCpu : null);
        }
      }
    } finally {
      server.stop();
    }
    if (!settings.parts().contains("bulk")) {
      report.append(plans);
      report.footer();
      return;
    }
    try (Connection connection = database.connect(data)) {
      database.maintain(connection);
      bulk.overJdbc(connection, database.cpuClock(connection));
    }
    report.append(plans);
    report.footer();
  }

  /** The 2FA-filtered list: first, middle and last page, and unfiltered as the baseline. */
  private void filteredPages() {
    report.line("");
    report.line(
        "Backup User list, GET %s?twoFactor=…&page=…&size=… (%d runs after %d warm-ups, ms)",
        USERS, settings.pageRuns(), settings.warmUps());
    report.line(
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
    Report.progress("Warming up the server");
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
        for (PagePosition position : PagePosition.values()) {
          measurePage(filter, size, position, last, total);
        }
      }
    }
  }

  private void measurePage(String filter, int size, PagePosition position, int last, long total) {
    int number = position.of(last);
    Report.progress("twoFactor=%s size=%d page=%d", filter, size, number);
    for (int i = 0; i < settings.warmUps(); i++) {
      page(filter, number, size);
    }
    Samples samples = new Samples();
    int rows = 0;
    for (int i = 0; i < settings.pageRuns(); i++) {
      writeSomething(i);
      long cpu = Processes.cpuNanos(server.pid());
      long databaseCpu = serverDatabaseCpu.getAsLong();
      long start = System.nanoTime();
      JsonObject answer = page(filter, number, size);
      samples.add(System.nanoTime() - start);
      samples.addServerCpu(Processes.cpuNanos(server.pid()) - cpu);
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
    report.line(
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

  /**
   * A small change (one user's alias, and its audit line) before each measured list request. A live
   * server writes all the time (logins, audit); without writes, H2 answers a statement repeated
   * with the same parameters (the count of every page of one filter) from its last result, and the
   * benchmark would time that cache.
   */
  private void writeSomething(int run) {
    String path = USERS + "/" + TOUCHED_USER;
    AdminSession.expect(
        200,
        "PATCH " + path,
        admin.api().patch(path, "{\"alias\":\"Bench run " + run + "\"}", admin.token()));
  }

  private JsonObject page(String filter, int number, int size) {
    String query = "?page=" + number + "&size=" + size;
    if (!filter.isEmpty()) {
      query += "&twoFactor=" + filter;
    }
    return AdminSession.expect(
            200, "GET " + USERS + query, admin.api().get(USERS + query, admin.token()))
        .json();
  }
}
