package com.twofactor.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The database under test: the embedded default (a file-based H2 in the data folder, reachable over
 * JDBC only while the server is stopped) or PostgreSQL (database {@code test} on 127.0.0.1:5432, in
 * a schema of the benchmark's own, dropped and created afresh).
 */
enum BenchDatabase {
  H2 {
    @Override
    List<String> serverOptions(Path dataFolder) {
      return List.of(); // the product's default: file-based H2 in the data folder
    }

    @Override
    void recreate() {
      // a fresh data folder is a fresh database
    }

    @Override
    Connection connect(Path dataFolder) throws SQLException {
      return DriverManager.getConnection(
          "jdbc:h2:file:" + dataFolder.resolve("twofactor").toAbsolutePath(),
          "twofactor",
          "twofactor");
    }

    @Override
    void maintain(Statement statement) throws SQLException {
      for (String table : TABLES) {
        statement.execute("ANALYZE TABLE " + table);
      }
    }

    @Override
    String explain(String query) {
      return "EXPLAIN ANALYZE " + query;
    }

    @Override
    LongSupplier serverDatabaseCpu(long serverPid, Connection observer) {
      return () -> 0;
    }

    @Override
    LongSupplier cpuClock(Connection connection) {
      // The embedded database works in this process, in the caller's thread and its own.
      return () -> Processes.cpuNanos(ProcessHandle.current().pid());
    }
  },

  POSTGRESQL {
    @Override
    List<String> serverOptions(Path dataFolder) {
      return List.of(
          "-Dtwofactor.db.url=" + POSTGRESQL_URL + "?currentSchema=" + SCHEMA,
          "-Dtwofactor.db.user=postgres",
          "-Dtwofactor.db.password=unused");
    }

    @Override
    void recreate() throws SQLException {
      try (Connection connection = DriverManager.getConnection(POSTGRESQL_URL, "postgres", "");
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        statement.execute("CREATE SCHEMA " + SCHEMA);
      }
    }

    @Override
    Connection connect(Path dataFolder) throws SQLException {
      return DriverManager.getConnection(
          POSTGRESQL_URL + "?currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true",
          "postgres",
          "");
    }

    @Override
    void maintain(Statement statement) throws SQLException {
      // Only the benchmark's tables: a bare VACUUM would visit every schema of the database.
      statement.execute("VACUUM ANALYZE " + String.join(", ", TABLES));
    }

    @Override
    String explain(String query) {
      return "EXPLAIN (ANALYZE, BUFFERS) " + query;
    }

    @Override
    LongSupplier serverDatabaseCpu(long serverPid, Connection observer) {
      return () -> {
        Set<Integer> ports = Processes.localPortsTo(serverPid, 5432);
        long cpu = 0;
        try (Statement statement = observer.createStatement();
            ResultSet backends =
                statement.executeQuery(
                    "SELECT pid, client_port FROM pg_stat_activity"
                        + " WHERE client_addr = '127.0.0.1' AND datname = 'test'")) {
          while (backends.next()) {
            if (ports.contains(backends.getInt(2))) {
              cpu += Processes.cpuNanos(backends.getLong(1));
            }
          }
        } catch (SQLException e) {
          throw new IllegalStateException("Cannot read pg_stat_activity", e);
        }
        return cpu;
      };
    }

    @Override
    LongSupplier cpuClock(Connection connection) throws SQLException {
      long backend;
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
        row.next();
        backend = row.getLong(1);
      }
      return () -> Processes.cpuNanos(backend);
    }
  };

  static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  /** Never one of the test suite's schemas ({@code twofactor_it_*}). */
  static final String SCHEMA = "twofactor_bench";

  private static final List<String> TABLES = List.of("account", "backup_account", "policy_group");

  static BenchDatabase named(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown database " + name + ": h2 or postgresql", e);
    }
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The server's JVM options pointing it at this database. */
  abstract List<String> serverOptions(Path dataFolder);

  /** Makes the next server start on an empty database. */
  abstract void recreate() throws SQLException;

  abstract Connection connect(Path dataFolder) throws SQLException;

  /**
   * What a live database does in the background: statistics for the planner and, on PostgreSQL,
   * dead rows cleared (autovacuum may be off, as on the machine of the figures in the README).
   * Outside a transaction: PostgreSQL keeps no statistics of a rolled-back ANALYZE.
   */
  void maintain(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      maintain(statement);
    }
  }

  abstract void maintain(Statement statement) throws SQLException;

  /** The statement printing how the database runs {@code query}, having run it. */
  abstract String explain(String query);

  /**
   * The CPU time the database has spent on this connection's work so far: for the embedded H2 that
   * of this process, for PostgreSQL that of the connection's server process (on this machine).
   */
  abstract LongSupplier cpuClock(Connection connection) throws SQLException;

  /**
   * The CPU time the database has spent on the server's work so far, where the server's own does
   * not hold it: for PostgreSQL, that of the backends serving the server's pooled connections; for
   * the embedded H2, 0 (it works inside the server process).
   *
   * @param observer a connection of the benchmark's own to PostgreSQL; unused for H2
   */
  abstract LongSupplier serverDatabaseCpu(long serverPid, Connection observer);

  /** The plan of {@code query}, one line of text per row of the database's answer. */
  String plan(Connection connection, String query) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(explain(query))) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
