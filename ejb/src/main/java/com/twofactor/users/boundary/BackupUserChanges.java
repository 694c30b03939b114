package com.twofactor.users.boundary;

import com.twofactor.users.entity.BackupUserType;
import jakarta.validation.constraints.Size;

/**
 * Changes to a backup user; a {@code null} field stays as it is. An empty owner removes the owner;
 * an empty alias removes the alias.
 */
public record BackupUserChanges(
    @Size(max = 128) String alias,
    BackupUserType type,
    String owner,
    String policyGroup,
    Boolean twoFactorEnabled,
    @Size(min = 8, max = 128) String password) {

  @Override
  public String toString() {
    return "BackupUserChanges[password " + (password == null ? "unchanged" : "changed") + "]";
  }
}
