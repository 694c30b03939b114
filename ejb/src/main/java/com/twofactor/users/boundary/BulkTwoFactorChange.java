package com.twofactor.users.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Enable or disable two-factor authentication for many backup users at once.
 *
 * @param loginNames the users, at most {@link #MAX_USERS} of them
 */
public record BulkTwoFactorChange(@NotEmpty List<String> loginNames, @NotNull Boolean enabled) {

  /** The most users one bulk change takes. */
  public static final int MAX_USERS = 100_000;
}
