package com.twofactor.users.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.users.control.AccountAdministration;
import com.twofactor.users.control.AccountAdministration.Access;
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

/**
 * Disabling and enabling accounts. A disabled account cannot log in, and its access tokens and
 * console sessions stop at once (a new security stamp). Who may: {@link AccountAdministration}.
 */
@Stateless
@DeclareRoles({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
@RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
public class AccountAccess {

  @Resource SessionContext context;
  @Inject AccountRepository accounts;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;

  public AccountStatus disable(@NotNull String loginName) {
    Account account = administered(loginName, "ACCOUNT_DISABLED");
    if (!account.isDisabled()) {
      account.disable();
      audit(loginName, "ACCOUNT_DISABLED");
    }
    return new AccountStatus(loginName, true);
  }

  public AccountStatus enable(@NotNull String loginName) {
    Account account = administered(loginName, "ACCOUNT_ENABLED");
    if (account.isDisabled()) {
      account.enable();
      audit(loginName, "ACCOUNT_ENABLED");
    }
    return new AccountStatus(loginName, false);
  }

  /**
   * The account, if the caller may disable or enable it; a refusal is audited as {@code action}.
   */
  private Account administered(String loginName, String action) {
    String caller = Caller.of(context).loginName();
    Account account =
        accounts
            .findByLoginName(loginName)
            .orElseThrow(() -> new RecordNotFoundException("No account " + loginName));
    Verdict verdict = AccountAdministration.toDisable(Caller.of(context), account);
    if (verdict.access() != Access.GRANTED) {
      audit.fire(
          Audited.failure(caller, loginName, action, verdict.reason())
              .from(origin.sourceAddress().orElse(null)));
    }
    return switch (verdict.access()) {
      case GRANTED -> account;
      case HIDDEN -> throw new RecordNotFoundException("No account " + loginName);
      case FORBIDDEN -> throw new ForbiddenChangeException(verdict.reason());
    };
  }

  private void audit(String subject, String action) {
    audit.fire(
        Audited.success(Caller.of(context).loginName(), subject, action, null)
            .from(origin.sourceAddress().orElse(null)));
  }
}
