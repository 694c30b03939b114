package com.twofactor.sms.control;

import com.twofactor.clients.entity.ClientVersion;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.config.TwoFactorPolicyConfig;
import java.util.Optional;

/**
 * The one definition of a <em>legacy client</em>, used wherever the product speaks of one (the
 * Backup User list, the hint under "Allow legacy client to skip SMS authentication", the login
 * rule): an AhsayOBM or AhsayACB backup client older than the oldest version that can do SMS
 * authentication ({@code twofactor.policy.sms-min-client-version}, 8.3.0.30). A client that names
 * no version counts as legacy: it predates the version field.
 */
public final class LegacyClients {

  /** The definition, in words, for screens and documents. */
  public static final String DEFINITION =
      "a backup client (AhsayOBM / AhsayACB) older than version %s, which cannot do SMS"
          + " authentication";

  private final ClientVersion smsMinimum;

  public LegacyClients(ClientVersion smsMinimum) {
    this.smsMinimum = smsMinimum;
  }

  /** The definition with the configured minimum version. */
  public static LegacyClients configured(TwoFactorPolicyConfig config) {
    return new LegacyClients(ClientVersion.parse(config.smsMinimumClientVersion()));
  }

  /** Whether a login from this connection and client version comes from a legacy client. */
  public boolean isLegacy(ConnectionType connection, Optional<ClientVersion> version) {
    return connection.isBackupClient() && isLegacyVersion(version);
  }

  /** Whether a backup client of this version (as last recorded) is a legacy client. */
  public boolean isLegacyVersion(Optional<ClientVersion> version) {
    return version.map(v -> v.isOlderThan(smsMinimum)).orElse(true);
  }

  public ClientVersion minimum() {
    return smsMinimum;
  }

  public String definition() {
    return String.format(DEFINITION, smsMinimum);
  }
}
