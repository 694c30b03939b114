package com.twofactor.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The plans of the statements behind the 2FA-filtered Backup User list, as text for the report. */
final class QueryPlans {

  private QueryPlans() {}

  /**
   * How the database runs the 2FA-filtered list: the statements EclipseLink sends for {@code
   * twoFactor=disabled} (the larger set), by offset and by keyset both ways (on H2, each keyset
   * read should say {@code index sorted}), on the freshly seeded users, with the database's EXPLAIN
   * ANALYZE while the server is stopped (the embedded H2 admits one process only).
   */
  static String of(BenchDatabase database, BackupUserSeed seed, Path data) throws SQLException {
    Report.progress("Query plans");
    int size = 50;
    long total = seed.expectedTotal(false);
    long lastOffset = (total - 1) / size * size;
    StringBuilder plans = new StringBuilder();
    try (Connection connection = database.connect(data)) {
      connection.setAutoCommit(true);
      plans.append(
          planOf(
              database,
              connection,
              "first page, size " + size,
              FilteredListSql.page(false, size, 0)));
      plans.append(
          planOf(
              database,
              connection,
              "last page, size " + size + " (offset " + lastOffset + ")",
              FilteredListSql.page(false, size, lastOffset)));
      plans.append(planOf(database, connection, "count", FilteredListSql.count(false)));
      List<String> names = seed.matching("disabled");
      String middle = names.get(names.size() / size / 2 * size);
      plans.append(
          planOf(
              database,
              connection,
              "keyset next page, after " + middle,
              FilteredListSql.keysetPage(false, size, middle, false)));
      plans.append(
          planOf(
              database,
              connection,
              "keyset previous page, before " + middle,
              FilteredListSql.keysetPage(false, size, middle, true)));
      plans.append(
          planOf(
              database,
              connection,
              "keyset last page, from the end",
              FilteredListSql.keysetPage(false, size, "", true)));
    }
    return plans.toString();
  }

  private static String planOf(
      BenchDatabase database, Connection connection, String what, String sql) throws SQLException {
    StringBuilder text = new StringBuilder("\nPlan of twoFactor=disabled, ").append(what);
    text.append(" (seeded data, server stopped):\n  ").append(sql).append('\n');
    for (String row : database.plan(connection, sql).split("\n")) {
      text.append("  | ").append(row).append('\n');
    }
    return text.toString();
  }
}
