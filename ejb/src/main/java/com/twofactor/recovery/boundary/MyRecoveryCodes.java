package com.twofactor.recovery.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.BACKUP_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.recovery.control.RecoveryCodes;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.stepup.boundary.StepUps;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/** The logged-in account's recovery codes: how many are left, and a new set after a step-up. */
@Stateless
@DeclareRoles({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
@RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER, BACKUP_USER})
public class MyRecoveryCodes {

  @Resource SessionContext context;
  @Inject AccountRepository accounts;
  @Inject RecoveryCodes codes;
  @Inject StepUps stepUps;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;

  /** How many unused codes the caller has. */
  public long unused() {
    return codes.unused(me());
  }

  /**
   * A new set of {@value RecoveryCodes#SET_SIZE} codes, shown this once; the earlier codes are
   * void. Needs a fresh step-up proof of this session.
   */
  public List<String> regenerate() {
    stepUps.requireFreshProof();
    Account me = me();
    List<String> fresh = codes.newSet(me);
    audit.fire(
        Audited.success(
                me.loginName(),
                me.loginName(),
                "RECOVERY_CODES_GENERATED",
                fresh.size() + " codes, earlier codes void")
            .from(origin.sourceAddress().orElse(null)));
    return fresh;
  }

  private Account me() {
    return accounts
        .findByLoginName(Caller.of(context).loginName())
        .orElseThrow(() -> new RecordNotFoundException("No account for the caller"));
  }
}
