package com.twofactor.users.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.ServiceAccount;
import com.twofactor.users.entity.ServiceAccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/**
 * The accounts other servers use for replication and redirector connections. Only these may log in
 * with those connection types, which two-factor authentication does not cover; only an admin
 * creates them.
 */
@Stateless
@RolesAllowed({ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
public class ServiceAccounts {

  @Inject ServiceAccountRepository serviceAccounts;
  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;
  @Inject Event<Audited> audit;
  @Inject Clock clock;
  @Resource SessionContext context;

  public Page<ServiceAccountDetails> list(@NotNull PageRequest page) {
    return serviceAccounts.page(page).map(ServiceAccountDetails::of);
  }

  @RolesAllowed(ADMIN)
  public ServiceAccountDetails create(@NotNull @Valid NewServiceAccount request) {
    if (accounts.existsByLoginName(request.loginName())) {
      throw new ConflictingChangeException(
          "The login name " + request.loginName() + " is already taken");
    }
    ServiceAccount account;
    try {
      account =
          new ServiceAccount(
              request.loginName(),
              hashing.hash(request.password().toCharArray()),
              request.kind(),
              request.description(),
              clock.instant());
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    }
    serviceAccounts.add(account);
    audit.fire(
        Audited.success(
            Caller.of(context).loginName(),
            account.loginName(),
            "SERVICE_ACCOUNT_CREATED",
            "kind: " + account.kind()));
    return ServiceAccountDetails.of(account);
  }
}
