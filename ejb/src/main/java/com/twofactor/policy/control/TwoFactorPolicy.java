package com.twofactor.policy.control;

import com.twofactor.clients.entity.ClientVersion;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.policy.control.PolicyInput.Mode;
import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.sms.control.LegacyClients;
import java.util.EnumSet;
import java.util.Set;

/**
 * The two-factor decision (docs/api.md, "Who needs a second factor"), rules 1 to 3 and 7: 2FA
 * applies only while mobile authentication or legacy Twilio is on; it is required by the policy
 * group (backup users) or by the settings (system users), or enabled per account; replication and
 * redirector connections are not covered; a backup client too old for a second step skips a
 * skippable setup prompt and is refused, rather than let through, when the step cannot be skipped.
 */
public final class TwoFactorPolicy {

  private final ClientVersion mobileMinimum;
  private final ClientVersion smsMinimum;
  private final LegacyClients legacyClients;

  /**
   * @param mobileMinimum the oldest backup client that can do mobile authentication (8.5.0.0)
   * @param smsMinimum the oldest backup client that can do Twilio SMS (8.3.0.30)
   */
  public TwoFactorPolicy(ClientVersion mobileMinimum, ClientVersion smsMinimum) {
    this.mobileMinimum = mobileMinimum;
    this.smsMinimum = smsMinimum;
    this.legacyClients = new LegacyClients(smsMinimum);
  }

  public Decision decide(PolicyInput in) {
    Mode mode = in.settings().mode();
    if (mode == Mode.OFF || !coveredConnection(in.connection())) {
      return new Decision.NotRequired();
    }
    boolean required =
        in.systemUser() ? in.settings().requireForSystemUsers() : in.groupRequiresTwoFactor();
    if (!required && !in.twoFactorEnabled()) {
      return new Decision.NotRequired();
    }
    Set<ChallengeMethod> methods = methods(mode, in.devices());
    Decision decision;
    if (!methods.isEmpty()) {
      decision = new Decision.Challenge(methods);
    } else if (required) {
      decision = new Decision.SetupRequired();
    } else {
      // "Do not show this message again" comes first: the login then asks for nothing more.
      decision = in.skipsSetupPrompt() ? new Decision.NotRequired() : new Decision.SetupPrompt();
    }
    return forClient(decision, in);
  }

  /**
   * What a backup client gets of the decision: one too old for a second step skips what may be
   * skipped (a setup prompt: the login completes) and is refused what may not (a challenge or a
   * setup that cannot be skipped), with what to upgrade to; with Twilio and "allow legacy clients
   * to skip", a client too old for SMS skips it too.
   */
  private Decision forClient(Decision decision, PolicyInput in) {
    if (decision instanceof Decision.NotRequired || !in.connection().isBackupClient()) {
      return decision;
    }
    Mode mode = in.settings().mode();
    ClientVersion minimum = mode == Mode.TWILIO ? smsMinimum : mobileMinimum;
    ClientVersion version = in.clientVersion().orElse(new ClientVersion(new int[] {0}));
    if (!version.isOlderThan(minimum)) {
      return decision;
    }
    if (decision instanceof Decision.SetupPrompt
        || (mode == Mode.TWILIO
            && in.settings().legacyClientsMaySkip()
            && legacyClients.isLegacy(in.connection(), in.clientVersion()))) {
      return new Decision.NotRequired();
    }
    if (mode == Mode.TWILIO) {
      return new Decision.Refused(legacyRefusal(in));
    }
    return new Decision.Refused(
        "This backup client (version "
            + in.clientVersion().map(ClientVersion::toString).orElse("unknown")
            + ") cannot do two-factor authentication, which this account needs. Upgrade it"
            + " to version "
            + minimum
            + " or later.");
  }

  /**
   * What a legacy client is told when it may not skip SMS: why it stops (its own logins, and with
   * them every unattended operation), and what to do (upgrade, or ask for the skip).
   */
  String legacyRefusal(PolicyInput in) {
    return "This backup client (version "
        + in.clientVersion().map(ClientVersion::toString).orElse("unknown")
        + ") is a legacy client: it cannot do the SMS authentication this account needs, so it"
        + " cannot log in, and scheduled and continuous backups, backups started from the system"
        + " tray, batch files and scripts, server-initiated backups and auto upgrade stop too."
        + " Upgrade the client to version "
        + smsMinimum
        + " or later, or ask your service provider to allow"
        + " legacy clients to skip SMS authentication.";
  }

  private static boolean coveredConnection(ConnectionType connection) {
    return connection != ConnectionType.REPLICATION && connection != ConnectionType.REDIRECTOR;
  }

  private static Set<ChallengeMethod> methods(Mode mode, PolicyInput.Devices devices) {
    Set<ChallengeMethod> methods = EnumSet.noneOf(ChallengeMethod.class);
    if (mode == Mode.MOBILE_AUTHENTICATION) {
      if (devices.mobileApps() > 0) {
        methods.add(ChallengeMethod.PUSH);
        methods.add(ChallengeMethod.TOTP);
      }
      if (devices.authenticatorApps() > 0) {
        methods.add(ChallengeMethod.TOTP);
      }
    } else if (devices.verifiedPhones() > 0) {
      methods.add(ChallengeMethod.SMS);
    }
    return methods;
  }
}
