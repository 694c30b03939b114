package com.twofactor.users.boundary;

import com.twofactor.clients.entity.ClientVersion;
import com.twofactor.sms.control.LegacyClients;
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
 * @param legacyClient whether the user's backup client, as last recorded, is a legacy client
 *     ({@link LegacyClients}: older than the oldest version that can do SMS authentication)
 * @param disabled whether an administrator disabled the account (it cannot log in)
 * @param smsAuthentication whether the user has a verified phone number for legacy SMS
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
    boolean disabled,
    boolean smsAuthentication)
    implements Serializable {

  public BackupUserDetails {
    devices = List.copyOf(devices);
  }

  static BackupUserDetails of(
      BackupUser user,
      List<PairedDevice> devices,
      LegacyClients legacyClients,
      boolean smsAuthentication) {
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
        isLegacy(version, legacyClients),
        user.registeredAt(),
        user.isDisabled(),
        smsAuthentication);
  }

  /** A user whose client never logged in has no recorded version: nothing to show. */
  private static boolean isLegacy(String version, LegacyClients legacyClients) {
    try {
      return version != null
          && legacyClients.isLegacyVersion(java.util.Optional.of(ClientVersion.parse(version)));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
