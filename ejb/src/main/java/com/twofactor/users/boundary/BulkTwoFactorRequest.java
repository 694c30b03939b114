package com.twofactor.users.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Enable or disable two-factor authentication for many backup users at once.
 *
 * @param loginNames the users, at most {@link #MAX_USERS} of them
 */
public record BulkTwoFactorRequest(@NotEmpty List<String> loginNames, @NotNull Boolean enabled) {

  /**
   * The most login names one bulk change takes (duplicates included), so one request cannot hold
   * the database and the audit trail for long; larger changes are sent in parts.
   */
  public static final int MAX_USERS = 1_000;
}
