package com.twofactor.users.boundary;

import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserType;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.SystemUser;
import com.twofactor.users.entity.TwoFactorState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A backup user as admins see it; never the password. */
public record BackupUserDetails(
    String loginName,
    String alias,
    BackupUserType type,
    String owner,
    String policyGroup,
    ClientType clientType,
    String clientVersion,
    boolean twoFactorEnabled,
    TwoFactorState twoFactorState,
    List<String> devices,
    Instant registeredAt)
    implements Serializable {

  static BackupUserDetails of(BackupUser user) {
    return new BackupUserDetails(
        user.loginName(),
        user.alias().orElse(null),
        user.type(),
        user.owner().map(SystemUser::loginName).orElse(null),
        user.policyGroup().name(),
        user.clientType().orElse(null),
        user.clientVersion().orElse(null),
        user.isTwoFactorEnabled(),
        user.twoFactorState(),
        List.of(),
        user.registeredAt());
  }
}
