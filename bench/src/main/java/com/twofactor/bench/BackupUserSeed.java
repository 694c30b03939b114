package com.twofactor.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Backup users written straight into the tables in JDBC batches, far faster than through the API
 * (which hashes every password). All share the password hash of the built-in {@code system} admin.
 * User {@code n} is {@code bench-user-<n, six digits>}: 2FA enabled when {@code n % 10} is 0, 1 or
 * 2; in a policy group that requires 2FA when it is 9; the default group otherwise. So of 100,000
 * users the 2FA filter finds 30,000 enabled, 60,000 disabled and 10,000 required.
 */
final class BackupUserSeed {

  /** Far above the ids EclipseLink draws from {@code account_seq} in blocks of 50. */
  static final long FIRST_ID = 10_000_000L;

  private static final long ENFORCING_GROUP_ID = 10_000_000L;
  private static final int BATCH = 1_000;
  private static final int COMMIT_EVERY = 10_000;
  private static final OffsetDateTime FIRST_REGISTRATION =
      OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  private final int users;

  BackupUserSeed(int users) {
    this.users = users;
  }

  static String loginName(int number) {
    return String.format("bench-user-%06d", number);
  }

  static boolean twoFactorEnabled(int number) {
    return number % 10 < 3;
  }

  static boolean inEnforcingGroup(int number) {
    return number % 10 == 9;
  }

  /** How many users {@code twoFactor=enabled} (or {@code disabled}) finds. */
  long expectedTotal(boolean enabled) {
    long total = 0;
    for (int n = 1; n <= users; n++) {
      if (!inEnforcingGroup(n) && twoFactorEnabled(n) == enabled) {
        total++;
      }
    }
    return total;
  }

  /**
   * The login names {@code twoFactor=enabled}, {@code disabled} or no filter ({@code ""}) finds, in
   * the list's order.
   */
  List<String> matching(String filter) {
    List<String> names = new ArrayList<>();
    for (int n = 1; n <= users; n++) {
      boolean matches =
          switch (filter) {
            case "enabled" -> !inEnforcingGroup(n) && twoFactorEnabled(n);
            case "disabled" -> !inEnforcingGroup(n) && !twoFactorEnabled(n);
            default -> true;
          };
      if (matches) {
        names.add(loginName(n));
      }
    }
    return names;
  }

  /**
   * Users with 2FA disabled in a group that does not require it, spread over the whole list (every
   * tenth user), so that a bulk enable changes every one of them.
   */
  List<String> bulkTargets(int count) {
    List<String> names = new ArrayList<>(count);
    for (int n = 5; n <= users && names.size() < count; n += 10) {
      names.add(loginName(n));
    }
    return names;
  }

  void writeInto(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    String passwordHash =
        single(connection, "SELECT password_hash FROM account WHERE login_name = 'system'");
    long defaultGroup =
        Long.parseLong(
            single(
                connection,
                "SELECT id FROM policy_group WHERE default_group = TRUE"
                    + " AND require_two_factor = FALSE"));
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO policy_group (id, name, require_two_factor, default_group, version)"
              + " VALUES ("
              + ENFORCING_GROUP_ID
              + ", 'bench-2fa-required', TRUE, FALSE, 0)");
    }
    try (PreparedStatement account =
            connection.prepareStatement(
                "INSERT INTO account (id, account_type, login_name, password_hash,"
                    + " two_factor_enabled, skip_setup_prompt, failed_logins, created_at, version)"
                    + " VALUES (?, 'BACKUP', ?, ?, ?, FALSE, 0, ?, 0)");
        PreparedStatement backupAccount =
            connection.prepareStatement(
                "INSERT INTO backup_account (id, alias, user_type, policy_group_id, client_type,"
                    + " client_version, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int n = 1; n <= users; n++) {
        long id = FIRST_ID + n;
        OffsetDateTime registered = FIRST_REGISTRATION.plusMinutes(n);
        account.setLong(1, id);
        account.setString(2, loginName(n));
        account.setString(3, passwordHash);
        account.setBoolean(4, twoFactorEnabled(n));
        account.setObject(5, registered);
        account.addBatch();
        backupAccount.setLong(1, id);
        backupAccount.setString(2, "Bench user " + n);
        backupAccount.setString(3, n % 4 == 0 ? "TRIAL" : "PAID");
        backupAccount.setLong(4, inEnforcingGroup(n) ? ENFORCING_GROUP_ID : defaultGroup);
        backupAccount.setString(5, n % 3 == 0 ? "ACB" : "OBM");
        backupAccount.setString(6, n % 2 == 0 ? "8.5.0.0" : "8.3.0.30");
        backupAccount.setObject(7, registered);
        backupAccount.addBatch();
        if (n % BATCH == 0 || n == users) {
          account.executeBatch();
          backupAccount.executeBatch();
        }
        if (n % COMMIT_EVERY == 0) {
          connection.commit();
        }
      }
    }
    connection.commit();
  }

  private static String single(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      if (!row.next()) {
        throw new IllegalStateException("Nothing found by " + query);
      }
      return row.getString(1);
    }
  }
}
