package com.twofactor.settings.control;

import com.twofactor.settings.entity.AuthenticatorApp;
import java.util.Optional;

/**
 * Whether system users can still log in under two-factor settings an administrator is about to
 * save. Settings that would leave them no way in are refused with the reason, so no change of the
 * settings locks out every administrator, the built-in {@code system} included:
 *
 * <ul>
 *   <li>while mobile authentication is on, the authenticator app must be one users can pair: a user
 *       who must set up two-factor authentication could otherwise never finish a login;
 *   <li>"Require 2FA for system users" (with mobile authentication on) needs the administrator who
 *       saves it to hold a second factor already, a paired device or unused recovery codes, so the
 *       one who switches it on can still log in afterwards.
 * </ul>
 */
public final class SystemUserAccess {

  private SystemUserAccess() {}

  /**
   * The settings as they would be saved, and what the saving administrator holds.
   *
   * @param hostTested the branded app's host registration, as it would be saved, passed its Test
   * @param callerHasSecondFactor the saving administrator has a paired device or unused recovery
   *     codes
   */
  public record Proposal(
      boolean mobileAuthentication,
      AuthenticatorApp app,
      boolean hostTested,
      boolean requireForSystemUsers,
      boolean callerHasSecondFactor) {}

  /** Why the proposed settings would strand system users, or empty when they would not. */
  public static Optional<String> refusal(Proposal proposal) {
    if (!proposal.mobileAuthentication()) {
      return Optional.empty();
    }
    if (!pairable(proposal.app(), proposal.hostTested())) {
      return Optional.of(
          brandedAppPairingExists()
              ? "The branded mobile app can be the authenticator app only once its host"
                  + " registration has passed the Test: until then nobody could pair it, and users"
                  + " who must set up two-factor authentication could not log in. Test the host"
                  + " first, or choose Google Authenticator, Microsoft Authenticator or a"
                  + " third-party app."
              : "The branded mobile app cannot be paired on this server yet: with mobile"
                  + " authentication on, users who must set up two-factor authentication, system"
                  + " users included, could not log in. Choose Google Authenticator, Microsoft"
                  + " Authenticator or a third-party authenticator app.");
    }
    if (proposal.requireForSystemUsers() && !proposal.callerHasSecondFactor()) {
      return Optional.of(
          "Requiring two-factor authentication for system users needs you to have a second factor"
              + " first: pair an authenticator app with your own account (My 2FA devices) or"
              + " create recovery codes, then save again.");
    }
    return Optional.empty();
  }

  /** Whether users can pair {@code app} at their login under these settings. */
  public static boolean pairable(AuthenticatorApp app, boolean hostTested) {
    if (app != AuthenticatorApp.BRANDED_MOBILE_APP) {
      return true;
    }
    return brandedAppPairingExists() && hostTested;
  }

  /** Whether this server can pair the branded mobile app: it can, once its host passed the Test. */
  private static boolean brandedAppPairingExists() {
    return true;
  }
}
