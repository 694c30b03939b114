package com.twofactor.bench;

/**
 * The statements EclipseLink sends for one page of the Backup User list filtered by 2FA state
 * ({@code BackupUserRepository.page}), as its SQL log shows them, with the bound values written in:
 * the page itself, then the total.
 */
final class FilteredListSql {

  private static final String FROM_WHERE =
      " FROM account t0, policy_group t2, backup_account t1"
          + " WHERE ((((t0.two_factor_enabled = %s) AND (t2.require_two_factor = FALSE))"
          + " AND ((t1.ID = t0.ID) AND (t0.account_type = 'BACKUP')))"
          + " AND (t2.ID = t1.policy_group_id))";

  private FilteredListSql() {}

  static String page(boolean enabled, int size, long offset) {
    return "SELECT t0.ID AS a1, t0.account_type AS a2, t0.created_at AS a3,"
        + " t0.failed_logins AS a4, t0.locked_until AS a5, t0.login_name AS a6,"
        + " t0.password_hash AS a7, t0.skip_setup_prompt AS a8, t0.two_factor_enabled AS a9,"
        + " t0.VERSION AS a10, t1.ID AS a11, t1.ALIAS AS a12, t1.client_type AS a13,"
        + " t1.client_version AS a14, t1.registered_at AS a15, t1.user_type AS a16,"
        + " t1.owner_id AS a17, t1.policy_group_id AS a18"
        + FROM_WHERE.formatted(literal(enabled))
        + " ORDER BY t0.login_name LIMIT "
        + size
        + " OFFSET "
        + offset;
  }

  /**
   * One page by keyset ({@code BackupUserRepository.slice}): the rows after the cursor in (flag,
   * login name) order, or before it in the reverse order (from the end without a cursor), one row
   * more than the page to tell whether another follows.
   */
  static String keysetPage(boolean enabled, int size, String cursor, boolean backwards) {
    String direction = backwards ? " DESC" : "";
    return "SELECT t0.ID AS a1, t0.login_name AS a6, t0.two_factor_enabled AS a9"
        + FROM_WHERE.formatted(literal(enabled))
        + (cursor.isEmpty()
            ? ""
            : " AND (t0.login_name " + (backwards ? "<" : ">") + " '" + cursor + "')")
        + " ORDER BY t0.two_factor_enabled"
        + direction
        + ", t0.login_name"
        + direction
        + " LIMIT "
        + (size + 1);
  }

  static String count(boolean enabled) {
    return "SELECT COUNT(t0.ID)" + FROM_WHERE.formatted(literal(enabled));
  }

  private static String literal(boolean value) {
    return value ? "TRUE" : "FALSE";
  }
}
