package com.twofactor.bench;

import com.twofactor.it.Api;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The bulk 2FA change of many users: over HTTP in requests of at most {@value #NAMES_PER_REQUEST}
 * names (the most one request takes), then the same statements straight over JDBC once the server
 * has stopped, the database's share of a request. One warm-up round, then measured rounds, each
 * enabling then disabling 2FA for the same users.
 */
final class BulkScenario {

  /** The most login names one bulk change takes. */
  private static final int NAMES_PER_REQUEST = 1_000;

  /** What the issue promises: a bulk change well under 5 s. */
  private static final double BULK_LIMIT_MS = 5_000;

  private static final String PATH = ListScenario.USERS + "/two-factor";

  private final Report report;
  private final List<String> names;
  private final int rounds;

  BulkScenario(Report report, List<String> names, int rounds) {
    this.report = report;
    this.names = List.copyOf(names);
    this.rounds = rounds;
  }

  private interface BulkChange {
    /** Changes the users, returning the elapsed nanoseconds. */
    long run(boolean enabled) throws SQLException;
  }

  void overHttp(AdminSession admin, LongSupplier serverCpu, LongSupplier databaseCpu)
      throws SQLException {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < names.size(); from += NAMES_PER_REQUEST) {
      chunks.add(names.subList(from, Math.min(names.size(), from + NAMES_PER_REQUEST)));
    }
    rounds(
        String.format(
            Locale.ROOT,
            "Bulk 2FA change, POST %s, %,d login names in %d requests",
            PATH,
            names.size(),
            chunks.size()),
        serverCpu,
        databaseCpu,
        enabled -> {
          long elapsed = 0;
          for (List<String> chunk : chunks) {
            elapsed += change(admin, body(chunk, enabled), chunk.size());
          }
          return elapsed;
        });
  }

  /**
   * The same change as the database sees it: the repository's statements straight over JDBC, once
   * the server has stopped. What the requests above take more is the server's own share.
   */
  void overJdbc(Connection connection, LongSupplier databaseCpu) throws SQLException {
    rounds(
        String.format(
            Locale.ROOT,
            "The same change's SQL straight over JDBC, no server (%,d names: lookup, update, commit)",
            names.size()),
        null,
        databaseCpu,
        enabled -> DirectBulkChange.run(connection, names, enabled));
  }

  /**
   * @param serverCpu the server's CPU clock, {@code null} without server
   * @param databaseCpu the database's CPU clock, {@code null} when the server's holds it
   */
  private void rounds(
      String title, LongSupplier serverCpu, LongSupplier databaseCpu, BulkChange change)
      throws SQLException {
    Samples enabling = new Samples();
    Samples disabling = new Samples();
    double[] warmUp = new double[2];
    for (int round = 0; round <= rounds; round++) {
      Report.progress("Bulk change, round %d", round);
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
    report.line("");
    report.line("%s (%d rounds after 1 warm-up, ms)", title, enabling.count());
    report.line(
        "%-9s %9s %9s %9s %9s %8s %8s",
        "enabled", "warm-up", "min", "median", "max", "srv cpu", "db cpu");
    line("true", warmUp[0], enabling);
    line("false", warmUp[1], disabling);
  }

  private void line(String enabled, double warmUp, Samples samples) {
    report.line(
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
  private static long change(AdminSession admin, String body, int count) {
    String bearer = admin.token();
    long start = System.nanoTime();
    Api.Answer answer = admin.api().post(PATH, body, bearer);
    long elapsed = System.nanoTime() - start;
    JsonObject result = AdminSession.expect(200, "Bulk change", answer).json();
    if (result.getInt("requested") != count
        || result.getInt("changed") != count
        || !result.getJsonArray("notFound").isEmpty()) {
      throw new IllegalStateException(
          "Bulk change of " + count + " users answered " + answer.body());
    }
    return elapsed;
  }

  private static String body(List<String> names, boolean enabled) {
    StringBuilder body = new StringBuilder("{\"loginNames\":[");
    for (int i = 0; i < names.size(); i++) {
      body.append(i == 0 ? "\"" : ",\"").append(names.get(i)).append('"');
    }
    return body.append("],\"enabled\":").append(enabled).append('}').toString();
  }
}
