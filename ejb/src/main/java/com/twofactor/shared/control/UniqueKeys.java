package com.twofactor.shared.control;

import java.sql.SQLException;

/**
 * Where the database's unique keys decide races between requests and nodes (a time step used twice,
 * the first failure of an address, the first line of an audit tally), the loser's insert fails with
 * an integrity violation: SQLSTATE class 23 on H2 and PostgreSQL alike.
 */
public final class UniqueKeys {

  private UniqueKeys() {}

  /** Whether {@code failure}, or any of its causes, is an integrity-constraint violation. */
  public static boolean violatedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
