package com.twofactor.users.boundary;

import com.twofactor.clients.entity.ClientVersion;
import com.twofactor.totp.entity.PairedDevice;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserType;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.SystemUser;
import com.twofactor.users.entity.TwoFactorState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A backup user as admins see it; never the password.
 *
 * @param devices the paired authenticator devices, oldest first
 * @param legacyClient whether the user's backup client is too old for mobile authentication
 * @param disabled whether an administrator disabled the account (it cannot log in)
 */
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
    List<PairedDevice> devices,
    boolean legacyClient,
    Instant registeredAt,
    boolean disabled)
    implements Serializable {

  public BackupUserDetails {
    devices = List.copyOf(devices);
  }

  static BackupUserDetails of(
      BackupUser user, List<PairedDevice> devices, ClientVersion mobileMinimum) {
    String version = user.clientVersion().orElse(null);
    return new BackupUserDetails(
        user.loginName(),
        user.alias().orElse(null),
        user.type(),
        user.owner().map(SystemUser::loginName).orElse(null),
        user.policyGroup().name(),
        user.clientType().orElse(null),
        version,
        user.isTwoFactorEnabled(),
        user.twoFactorState(),
        devices,
        isOlder(version, mobileMinimum),
        user.registeredAt(),
        user.isDisabled());
  }

  private static boolean isOlder(String version, ClientVersion minimum) {
    try {
      return version != null && ClientVersion.parse(version).isOlderThan(minimum);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
