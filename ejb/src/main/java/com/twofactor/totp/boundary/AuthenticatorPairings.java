package com.twofactor.totp.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.BACKUP_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.config.TotpConfig;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.control.ChallengeSteps;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.login.entity.LoginChallenge;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.totp.control.OtpAuthUri;
import com.twofactor.totp.control.QrCodes;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpCodes;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Pairing authenticator apps (Google, Microsoft, any RFC 6238 app): at login, when the policy asks
 * for a setup, and later from the account's own page; listing, renaming and removing devices; and
 * the administrators' reset. A pairing completes only when the user types a valid current code.
 */
@Stateless
@DeclareRoles({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
public class AuthenticatorPairings {

  private static final int QR_SIZE = 300;

  @Resource SessionContext context;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject AccountRepository accounts;
  @Inject SettingsRepository settings;
  @Inject TotpCodes codes;
  @Inject TotpConfig config;
  @Inject ChallengeSteps steps;
  @Inject Event<Audited> audit;

  /** Starts pairing during the setup step of a login; a new offer replaces an earlier one. */
  @PermitAll
  public PairingOffer beginPairing(@NotNull String challengeId) {
    LoginChallenge challenge = setupChallenge(challengeId);
    devices.pendingForChallenge(challengeId).ifPresent(devices::remove);
    return offer(challenge.account(), challengeId);
  }

  /**
   * Confirms the login's pairing with a code from the app; the login is then done. A wrong code
   * counts like a wrong code at a challenge.
   */
  @PermitAll
  public LoginResult confirmPairing(
      @NotNull String challengeId, @NotNull String code, String deviceName) {
    LoginChallenge challenge = setupChallenge(challengeId);
    AuthenticatorDevice device =
        devices
            .pendingForChallenge(challengeId)
            .orElseThrow(() -> new ConflictingChangeException("Start the pairing first"));
    OptionalLong step = codes.checkPairing(device, code);
    if (step.isEmpty() || !codes.spend(device, step.getAsLong(), codes.now())) {
      return steps.wrongAnswer(challenge, "PAIRING_FAILED");
    }
    device.pair(nameOr(deviceName), step.getAsLong(), codes.now());
    auditPaired(device);
    return steps.succeed(challenge, "DEVICE_PAIRED_AT_LOGIN");
  }

  /** Starts pairing another device for the logged-in account. */
  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public PairingOffer beginMyPairing() {
    return offer(me(), null);
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public DeviceView confirmMyPairing(@NotNull Long deviceId, @NotNull String code, String name) {
    AuthenticatorDevice device = mine(deviceId);
    if (device.isPaired()) {
      throw new ConflictingChangeException("This device is already paired");
    }
    OptionalLong step = codes.checkPairing(device, code);
    if (step.isEmpty() || !codes.spend(device, step.getAsLong(), codes.now())) {
      String owner = device.account().loginName();
      audit.fire(Audited.failure(owner, owner, "PAIRING_FAILED", "wrong code"));
      throw new InvalidChangeException("Wrong code: enter the code your app shows now");
    }
    device.pair(nameOr(name), step.getAsLong(), codes.now());
    auditPaired(device);
    return DeviceView.of(device);
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public List<DeviceView> myDevices() {
    return devices.pairedOf(me()).stream().map(DeviceView::of).toList();
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public DeviceView renameMyDevice(@NotNull Long deviceId, @NotNull String name) {
    AuthenticatorDevice device = mine(deviceId);
    String before = device.name();
    try {
      device.rename(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    }
    if (!before.equals(device.name())) {
      audit(me().loginName(), "DEVICE_RENAMED", Audited.change("name", before, device.name()));
    }
    return DeviceView.of(device);
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public void removeMyDevice(@NotNull Long deviceId) {
    AuthenticatorDevice device = mine(deviceId);
    devices.remove(device);
    audit(me().loginName(), "DEVICE_REMOVED", device.name());
  }

  /** An account's paired devices, for its administrators. */
  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
  public List<DeviceView> devicesOf(@NotNull String loginName) {
    return devices.pairedOf(administered(loginName)).stream().map(DeviceView::of).toList();
  }

  /**
   * Removes one device of an account, or all of them: the user pairs again at the next login.
   *
   * @return how many devices were removed
   */
  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public int resetDevices(@NotNull String loginName, Optional<Long> deviceId) {
    Account account = administered(loginName);
    int removed;
    if (deviceId.isPresent()) {
      AuthenticatorDevice device =
          devices
              .find(deviceId.get())
              .filter(d -> d.account().id().equals(account.id()))
              .orElseThrow(() -> new RecordNotFoundException("No such device of " + loginName));
      devices.remove(device);
      removed = 1;
    } else {
      removed = devices.removeAllOf(account);
    }
    audit(loginName, "DEVICES_RESET", removed + " device(s) removed");
    return removed;
  }

  private PairingOffer offer(Account account, String challengeId) {
    TwoFactorSettings current = settings.twoFactor();
    AuthenticatorApp app = current.authenticatorApp();
    if (app == AuthenticatorApp.BRANDED_MOBILE_APP) {
      throw new ConflictingChangeException(
          "This server uses the branded mobile app: pair it from the app");
    }
    Totp profile = codes.newPairingProfile();
    byte[] secret = TotpSecrets.newSecret();
    var device =
        AuthenticatorDevice.beginPairing(
            account,
            app,
            secret,
            profile.algorithm(),
            profile.digits(),
            profile.period(),
            challengeId,
            codes.now());
    devices.add(device);
    String uri =
        OtpAuthUri.of(
            config.issuer(),
            account.loginName(),
            secret,
            profile.algorithm(),
            profile.digits(),
            profile.period());
    return new PairingOffer(
        device.id(),
        uri,
        QrCodes.png(uri, QR_SIZE),
        TotpSecrets.grouped(TotpSecrets.base32(secret)),
        appName(current));
  }

  private static String appName(TwoFactorSettings settings) {
    return switch (settings.authenticatorApp()) {
      case MICROSOFT -> "Microsoft Authenticator";
      case GOOGLE -> "Google Authenticator";
      case THIRD_PARTY -> settings.thirdPartyName().orElse("your authenticator app");
      case BRANDED_MOBILE_APP -> "the mobile app";
    };
  }

  private LoginChallenge setupChallenge(String challengeId) {
    LoginChallenge challenge = steps.open(challengeId);
    if (challenge.step() == ChallengeStep.CHALLENGE) {
      throw new ConflictingChangeException("This login is not at the setup step");
    }
    return challenge;
  }

  private Account me() {
    return accounts
        .findByLoginName(context.getCallerPrincipal().getName())
        .orElseThrow(() -> new RecordNotFoundException("No account for the caller"));
  }

  private AuthenticatorDevice mine(Long deviceId) {
    Account me = me();
    return devices
        .find(deviceId)
        .filter(device -> device.account().id().equals(me.id()))
        .orElseThrow(() -> new RecordNotFoundException("No device " + deviceId));
  }

  /** The account, if the caller administers it: a sub-admin only its own backup users. */
  private Account administered(String loginName) {
    Optional<Account> account = accounts.findByLoginName(loginName);
    if (context.isCallerInRole(SUB_ADMIN)) {
      String caller = context.getCallerPrincipal().getName();
      account = account.filter(a -> a instanceof BackupUser user && user.isOwnedBy(caller));
    }
    return account.orElseThrow(() -> new RecordNotFoundException("No account " + loginName));
  }

  /** The name the user gave, else the app's name ("Google Authenticator"). */
  private String nameOr(String requested) {
    if (requested == null || requested.isBlank()) {
      return appName(settings.twoFactor());
    }
    if (requested.strip().length() > AuthenticatorDevice.NAME_LENGTH) {
      throw new InvalidChangeException(
          "A device name is at most " + AuthenticatorDevice.NAME_LENGTH + " characters");
    }
    return requested;
  }

  private void auditPaired(AuthenticatorDevice device) {
    String owner = device.account().loginName();
    audit.fire(Audited.success(owner, owner, "DEVICE_PAIRED", device.name()));
  }

  private void audit(String subject, String action, String detail) {
    audit.fire(Audited.success(context.getCallerPrincipal().getName(), subject, action, detail));
  }
}
