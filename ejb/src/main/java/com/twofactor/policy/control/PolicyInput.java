package com.twofactor.policy.control;

import com.twofactor.clients.entity.ClientVersion;
import com.twofactor.clients.entity.ConnectionType;
import java.util.Optional;

/**
 * Everything the two-factor decision looks at, as plain values.
 *
 * @param systemUser a system user (else a backup user)
 * @param twoFactorEnabled the account's own "Two-Factor Authentication" switch
 * @param skipsSetupPrompt the account ticked "do not show this message again"
 * @param groupRequiresTwoFactor the backup user's policy group requires 2FA
 * @param settings the server's two-factor settings
 * @param devices what the account has paired
 * @param connection where the login comes from
 * @param clientVersion the backup client's version, if it said
 */
public record PolicyInput(
    boolean systemUser,
    boolean twoFactorEnabled,
    boolean skipsSetupPrompt,
    boolean groupRequiresTwoFactor,
    Settings settings,
    Devices devices,
    ConnectionType connection,
    Optional<ClientVersion> clientVersion) {

  /** Which second factor the server offers. */
  public enum Mode {
    OFF,
    MOBILE_AUTHENTICATION,
    TWILIO
  }

  /**
   * @param mode mobile authentication, legacy Twilio SMS, or neither (never both)
   * @param requireForSystemUsers "Require Two-Factor Authentication for system users logon"
   * @param legacyClientsMaySkip Twilio's "allow legacy clients to skip"
   */
  public record Settings(Mode mode, boolean requireForSystemUsers, boolean legacyClientsMaySkip) {}

  /**
   * @param mobileApps paired branded mobile apps (push and TOTP)
   * @param authenticatorApps paired third-party authenticator apps (TOTP)
   * @param verifiedPhones verified phone numbers (legacy SMS)
   */
  public record Devices(int mobileApps, int authenticatorApps, int verifiedPhones) {
    public static final Devices NONE = new Devices(0, 0, 0);
  }
}
