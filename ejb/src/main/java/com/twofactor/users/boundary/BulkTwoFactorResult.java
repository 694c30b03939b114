package com.twofactor.users.boundary;

import java.util.List;

/**
 * How a bulk Enable / Disable Two-Factor Authentication ended.
 *
 * @param requested how many login names were given
 * @param changed how many users changed (the others already were in that state)
 * @param notFound the names that are no backup user the caller may change
 */
public record BulkTwoFactorResult(int requested, int changed, List<String> notFound) {

  public BulkTwoFactorResult {
    notFound = List.copyOf(notFound);
  }
}
