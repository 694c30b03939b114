package com.twofactor.totp.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.BACKUP_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.audit.boundary.ChangeLog;
import com.twofactor.push.control.MobilePairingOffers;
import com.twofactor.push.entity.MobilePairingRepository;
import com.twofactor.recovery.control.RecoveryCodes;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.stepup.boundary.StepUps;
import com.twofactor.totp.control.PairingOffer;
import com.twofactor.totp.control.PairingOffers;
import com.twofactor.totp.control.TotpCodes;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.users.control.AccountAdministration;
import com.twofactor.users.control.AccountAdministration.Verdict;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
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
 * Pairing authenticator apps (Google, Microsoft, any RFC 6238 app) from the account's own page (at
 * login it is {@code LoginPairings}); listing, renaming and removing devices; and the
 * administrators' reset. A pairing completes only when the user types a valid current code. Adding
 * or removing one's own device, and resetting another's, need a fresh step-up proof of the caller's
 * session ({@link StepUps}). A pairing that leaves the account without unused recovery codes hands
 * out a new set, once.
 *
 * <p>Slightly over 250 lines: self-service pairing of both kinds of app and the administrators'
 * reset share the ownership and step-up checks kept here.
 */
@Stateless
@DeclareRoles({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
public class AuthenticatorPairings {

  @Resource SessionContext context;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject AccountRepository accounts;
  @Inject TotpCodes codes;
  @Inject PairingOffers offers;
  @Inject MobilePairingOffers mobileOffers;
  @Inject MobilePairingRepository mobilePairings;
  @Inject SettingsRepository settings;
  @Inject StepUps stepUps;
  @Inject RecoveryCodes recoveryCodes;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;

  /** Starts pairing another device for the logged-in account. */
  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public PairingOffer beginMyPairing() {
    stepUps.requireFreshProof();
    if (settings.twoFactor().authenticatorApp() == AuthenticatorApp.BRANDED_MOBILE_APP) {
      return mobileOffers.offer(me(), null);
    }
    return offers.offer(me(), null);
  }

  /**
   * The branded app paired with an offer of {@link #beginMyPairing}, if it has: the device, and the
   * recovery codes made when the account had none left (shown once).
   */
  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public Optional<PairingDone> myMobilePairing(@NotNull String pairingId) {
    Account me = me();
    return mobilePairings
        .find(pairingId)
        .filter(pairing -> pairing.account().id().equals(me.id()))
        .flatMap(pairing -> pairing.deviceId())
        .flatMap(devices::find)
        .map(device -> new PairingDone(DeviceDetails.of(device), issueRecoveryCodesIfNone(me)));
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public PairingDone confirmMyPairing(@NotNull Long deviceId, @NotNull String code, String name) {
    stepUps.requireFreshProof();
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
    device.pair(offers.deviceName(name), step.getAsLong(), codes.now());
    auditPaired(device);
    return new PairingDone(DeviceDetails.of(device), issueRecoveryCodesIfNone(device.account()));
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public List<DeviceDetails> myDevices() {
    return devices.pairedOf(me()).stream().map(DeviceDetails::of).toList();
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public DeviceDetails renameMyDevice(@NotNull Long deviceId, @NotNull String name) {
    AuthenticatorDevice device = mine(deviceId);
    String before = device.name();
    try {
      device.rename(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    }
    if (!before.equals(device.name())) {
      audit(
          me().loginName(),
          "DEVICE_RENAMED",
          new ChangeLog().compare("name", before, device.name()).detail().orElse(null));
    }
    return DeviceDetails.of(device);
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
  public void removeMyDevice(@NotNull Long deviceId) {
    stepUps.requireFreshProof();
    AuthenticatorDevice device = mine(deviceId);
    devices.remove(device);
    audit(me().loginName(), "DEVICE_REMOVED", device.name());
  }

  /** An account's paired devices, for its administrators. */
  @RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
  public List<DeviceDetails> devicesOf(@NotNull String loginName) {
    return devices.pairedOf(administered(loginName)).stream().map(DeviceDetails::of).toList();
  }

  /**
   * Removes one device of an account, or all of them: the user pairs again at the next login, and
   * the account's tokens and sessions end (whoever held the lost phone is logged out). Only an
   * ADMIN resets a system user's devices; an API user only backup users', a sub-admin only its own.
   * A reset of all devices voids the account's recovery codes too; the next pairing hands out new.
   *
   * @return how many devices were removed
   */
  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public int resetDevices(@NotNull String loginName, Optional<Long> deviceId) {
    Account account = forFactorChange(loginName);
    stepUps.requireFreshProof();
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
      recoveryCodes.voidAllOf(account);
    }
    account.revokeSessions();
    audit(loginName, "DEVICES_RESET", removed + " device(s) removed");
    return removed;
  }

  private Account me() {
    return accounts
        .findByLoginName(Caller.of(context).loginName())
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
    return Caller.of(context).knownAccount(accounts, loginName);
  }

  /** The account, if the caller may change its factors; else 404 or 403. */
  private Account forFactorChange(String loginName) {
    Account account =
        accounts
            .findByLoginName(loginName)
            .orElseThrow(() -> new RecordNotFoundException("No account " + loginName));
    Verdict verdict = AccountAdministration.toChangeFactors(Caller.of(context), account);
    if (verdict.access() != AccountAdministration.Access.GRANTED) {
      audit.fire(
          Audited.failure(
                  Caller.of(context).loginName(), loginName, "DEVICES_RESET", verdict.reason())
              .from(source()));
    }
    return switch (verdict.access()) {
      case GRANTED -> account;
      case HIDDEN -> throw new RecordNotFoundException("No account " + loginName);
      case FORBIDDEN -> throw new ForbiddenChangeException(verdict.reason());
    };
  }

  private void auditPaired(AuthenticatorDevice device) {
    String owner = device.account().loginName();
    audit.fire(Audited.success(owner, owner, "DEVICE_PAIRED", device.name()).from(source()));
  }

  /** A first set of recovery codes when the account has none left; shown once, by the caller. */
  private List<String> issueRecoveryCodesIfNone(Account account) {
    List<String> issued = recoveryCodes.newSetIfNoneLeft(account);
    if (!issued.isEmpty()) {
      String owner = account.loginName();
      audit.fire(
          Audited.success(
                  owner, owner, "RECOVERY_CODES_GENERATED", issued.size() + " codes, at pairing")
              .from(source()));
    }
    return issued;
  }

  private void audit(String subject, String action, String detail) {
    audit.fire(
        Audited.success(Caller.of(context).loginName(), subject, action, detail).from(source()));
  }

  private String source() {
    return origin.sourceAddress().orElse(null);
  }
}
