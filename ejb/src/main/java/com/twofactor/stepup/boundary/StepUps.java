package com.twofactor.stepup.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.BACKUP_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.login.boundary.ChallengeSteps;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.recovery.control.RecoveryCodes;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.shared.boundary.StepUpRequiredException;
import com.twofactor.stepup.control.FreshProofs;
import com.twofactor.totp.control.TotpCodes;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Step-up: the logged-in caller proves again who they are before changing a second factor (adding
 * or removing a device, resetting another account's devices, new recovery codes). The proof is a
 * current code from a paired device (its time step is spent, as at login), a recovery code, or the
 * password where nothing is paired. It serves the caller's session only (one access token, one
 * console session), for {@code twofactor.step-up.window}. Every proof is a try from the account's
 * failure budget, like a login's password or code: wrong proofs count, lock the account at the same
 * limit, and are throttled per source address alike.
 */
@Stateless
@DeclareRoles({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
@RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
public class StepUps {

  /** What the caller's account can prove itself with. */
  public enum Proof {
    /** A current code from a paired device (or a recovery code). */
    CODE,
    /** The password: nothing is paired. */
    PASSWORD
  }

  @Resource SessionContext context;
  @Inject AccountRepository accounts;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject TotpCodes codes;
  @Inject RecoveryCodes recoveryCodes;
  @Inject PasswordHashing hashing;
  @Inject FreshProofs proofs;
  @Inject ChallengeSteps steps;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;

  @Inject Clock clock;

  /** Which proof the caller's account takes. */
  public Proof expectedProof() {
    return devices.pairedOf(me()).isEmpty() ? Proof.PASSWORD : Proof.CODE;
  }

  /** Whether this session has a fresh proof. */
  public boolean isFresh() {
    return proofs.isFresh(me(), origin.sessionRef());
  }

  /** A current code from one of the caller's paired devices. */
  public StepUpResult proveWithCode(@NotNull String code) {
    Account account = me();
    return prove(account, Proof.CODE, "code", () -> codes.acceptFromAny(account, code).isPresent());
  }

  /** One of the caller's unused recovery codes; it is spent. */
  public StepUpResult proveWithRecoveryCode(@NotNull String code) {
    Account account = me();
    return prove(
        account, Proof.CODE, "recovery code", () -> recoveryCodes.spend(account.id(), code));
  }

  /** The caller's password, for an account with no paired device. */
  public StepUpResult proveWithPassword(@NotNull String password) {
    Account account = me();
    return prove(
        account,
        Proof.PASSWORD,
        "password",
        () -> hashing.verify(password.toCharArray(), account.passwordHash()));
  }

  /**
   * Refuses with {@link StepUpRequiredException} (403) unless this session proved itself within the
   * window; called first by every boundary method that changes a second factor.
   */
  public void requireFreshProof() {
    if (!proofs.isFresh(me(), origin.sessionRef())) {
      throw new StepUpRequiredException(proofs.window());
    }
  }

  private StepUpResult prove(Account account, Proof kind, String what, BooleanSupplier check) {
    String session =
        origin
            .sessionRef()
            .orElseThrow(() -> new InvalidChangeException("This session cannot step up"));
    Proof expected = devices.pairedOf(account).isEmpty() ? Proof.PASSWORD : Proof.CODE;
    if (kind != expected) {
      throw new InvalidChangeException(
          expected == Proof.CODE
              ? "A device is paired: prove it with a current code from it, or a recovery code"
              : "No device is paired: prove it with your password");
    }
    String address = origin.sourceAddress().orElse(null);
    Optional<LoginResult.Refused> notAdmitted = steps.admit(account, address);
    if (notAdmitted.isPresent()) {
      LoginResult.Refused refused = notAdmitted.get();
      fire(
          Audited.failure(
              account.loginName(), account.loginName(), "STEP_UP_FAILED", refused.reason().name()));
      return refused.reason() == LoginResult.Reason.THROTTLED
          ? StepUpResult.throttled(refused.until())
          : StepUpResult.locked(refused.until());
    }
    if (!check.getAsBoolean()) {
      Optional<Instant> locked = steps.fail(account, address, "STEP_UP_FAILED", "wrong " + what);
      return locked.isPresent() ? StepUpResult.locked(locked) : StepUpResult.wrong();
    }
    steps.giveBack(account);
    proofs.record(account, session);
    fire(Audited.success(account.loginName(), account.loginName(), "STEP_UP_PROVEN", what));
    return StepUpResult.proven();
  }

  private void fire(Audited audited) {
    audit.fire(audited.from(origin.sourceAddress().orElse(null)));
  }

  private Account me() {
    return accounts
        .findByLoginName(Caller.of(context).loginName())
        .orElseThrow(() -> new RecordNotFoundException("No account for the caller"));
  }
}
