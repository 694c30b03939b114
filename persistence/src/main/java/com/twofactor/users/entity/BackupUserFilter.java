package com.twofactor.users.entity;

import java.util.Optional;

/**
 * What the Backup User list is narrowed to: part of the login name (any case), the owning
 * sub-admin, the client type, the two-factor state. Empty parts do not narrow.
 */
public record BackupUserFilter(
    Optional<String> loginNameContains,
    Optional<String> owner,
    Optional<ClientType> clientType,
    Optional<TwoFactorState> twoFactor) {

  public static final BackupUserFilter NONE =
      new BackupUserFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public BackupUserFilter {
    loginNameContains = loginNameContains.map(String::strip).filter(s -> !s.isEmpty());
    owner = owner.map(String::strip).filter(s -> !s.isEmpty());
  }

  public BackupUserFilter(
      Optional<String> loginNameContains, Optional<String> owner, Optional<ClientType> clientType) {
    this(loginNameContains, owner, clientType, Optional.empty());
  }

  /** The same filter, restricted to the users of one owner. */
  public BackupUserFilter ownedBy(String ownerLoginName) {
    return new BackupUserFilter(
        loginNameContains, Optional.of(ownerLoginName), clientType, twoFactor);
  }
}
