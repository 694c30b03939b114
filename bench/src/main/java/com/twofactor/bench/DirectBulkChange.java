package com.twofactor.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The statements of one bulk 2FA change as {@code BackupUserRepository} sends them (which names
 * exist, then the update, each per chunk of 1,000 names), straight over JDBC in one transaction:
 * the database's share of a bulk request, without server, JPA or JSON.
 */
final class DirectBulkChange {

  private static final int CHUNK = 1_000;

  private DirectBulkChange() {}

  /** The elapsed nanoseconds, commit included; every named user must exist and change. */
  static long run(Connection connection, List<String> names, boolean enabled) throws SQLException {
    connection.setAutoCommit(false);
    long start = System.nanoTime();
    int found = 0;
    int changed = 0;
    for (int from = 0; from < names.size(); from += CHUNK) {
      List<String> chunk = names.subList(from, Math.min(names.size(), from + CHUNK));
      String placeholders = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement existing =
          connection.prepareStatement(
              "SELECT t0.login_name FROM account t0, backup_account t1 WHERE ((t0.login_name IN ("
                  + placeholders
                  + ")) AND ((t1.ID = t0.ID) AND (t0.account_type = ?)))")) {
        for (int i = 0; i < chunk.size(); i++) {
          existing.setString(i + 1, chunk.get(i));
        }
        existing.setString(chunk.size() + 1, "BACKUP");
        try (ResultSet rows = existing.executeQuery()) {
          while (rows.next()) {
            found++;
          }
        }
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE account SET two_factor_enabled = ?, version = version + 1"
                  + " WHERE two_factor_enabled <> ? AND login_name IN ("
                  + placeholders
                  + ") AND id IN (SELECT id FROM backup_account)")) {
        update.setBoolean(1, enabled);
        update.setBoolean(2, enabled);
        for (int i = 0; i < chunk.size(); i++) {
          update.setString(i + 3, chunk.get(i));
        }
        changed += update.executeUpdate();
      }
    }
    connection.commit();
    long elapsed = System.nanoTime() - start;
    if (found != names.size() || changed != names.size()) {
      throw new IllegalStateException(
          "Of " + names.size() + " users " + found + " were found and " + changed + " changed");
    }
    return elapsed;
  }
}
