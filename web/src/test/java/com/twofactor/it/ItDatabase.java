package com.twofactor.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database an integration test run uses, chosen by the system property {@code it.db}: {@code
 * h2} (a file database under the run's work folder) or {@code postgresql} (database {@code test} on
 * 127.0.0.1:5432, one schema per server, dropped and created afresh).
 */
public final class ItDatabase {

  static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private ItDatabase() {}

  public static String kind() {
    return System.getProperty("it.db", "h2");
  }

  /**
   * The JVM options pointing a server at a fresh database of its own.
   *
   * @param name distinguishes servers running at the same time
   */
  public static List<String> freshDatabaseOptions(String name, Path dataFolder) {
    if ("postgresql".equals(kind())) {
      String schema = "twofactor_it_" + name;
      recreateSchema(schema);
      return List.of(
          "-Dtwofactor.db.url=" + POSTGRESQL_URL + "?currentSchema=" + schema,
          "-Dtwofactor.db.user=postgres",
          "-Dtwofactor.db.password=unused");
    }
    return List.of(
        "-Dtwofactor.db.url=jdbc:h2:file:"
            + dataFolder.resolve("twofactor")
            + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  /**
   * Runs {@code sql} on the database of a server that is stopped (an embedded H2 file serves one
   * process at a time), as {@link #freshDatabaseOptions} named it.
   */
  public static void execute(String name, Path dataFolder, String sql) {
    String url =
        "postgresql".equals(kind())
            ? POSTGRESQL_URL + "?currentSchema=twofactor_it_" + name
            : "jdbc:h2:file:" + dataFolder.resolve("twofactor").toAbsolutePath();
    String user = "postgresql".equals(kind()) ? "postgres" : "twofactor";
    String password = "postgresql".equals(kind()) ? "" : "twofactor";
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql, e);
    }
  }

  private static void recreateSchema(String schema) {
    try (Connection connection = DriverManager.getConnection(POSTGRESQL_URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is not reachable", e);
    }
  }
}
