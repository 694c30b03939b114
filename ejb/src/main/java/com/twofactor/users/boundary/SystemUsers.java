package com.twofactor.users.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.audit.boundary.ChangeLog;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.SystemUser;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/** Lists, creates and changes system users: only admins change them. */
@Stateless
@RolesAllowed({ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
public class SystemUsers {

  @Inject SystemUserRepository systemUsers;
  @Inject BackupUserRepository backupUsers;
  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;
  @Inject Event<Audited> audit;
  @Resource SessionContext context;

  @Inject Clock clock;

  public Page<SystemUserDetails> list(@NotNull PageRequest page) {
    return systemUsers.page(page).map(SystemUserDetails::of);
  }

  public SystemUserDetails get(@NotNull String loginName) {
    return SystemUserDetails.of(find(loginName));
  }

  @RolesAllowed(ADMIN)
  public SystemUserDetails create(@NotNull @Valid NewSystemUser request) {
    if (accounts.existsByLoginName(request.loginName())) {
      throw new ConflictingChangeException(
          "The login name " + request.loginName() + " is already taken");
    }
    var user =
        new SystemUser(
            request.loginName(),
            hashing.hash(request.password().toCharArray()),
            request.role(),
            clock.instant());
    if (request.twoFactorEnabled()) {
      user.enableTwoFactor();
    }
    systemUsers.add(user);
    audit.fire(
        Audited.success(
            Caller.of(context).loginName(),
            user.loginName(),
            "SYSTEM_USER_CREATED",
            "role: " + user.role() + "; twoFactorEnabled: " + user.isTwoFactorEnabled()));
    return SystemUserDetails.of(user);
  }

  @RolesAllowed(ADMIN)
  public SystemUserDetails change(@NotNull String loginName, @NotNull @Valid SystemUserChanges c) {
    SystemUser user = find(loginName);
    ChangeLog changes = new ChangeLog();
    changes.apply("role", user.role(), c.role(), role -> changeRole(user, role));
    AccountChanges.apply(user, c.twoFactorEnabled(), c.password(), hashing, changes);
    changes
        .audited(Caller.of(context).loginName(), loginName, "SYSTEM_USER_CHANGED")
        .ifPresent(audit::fire);
    return SystemUserDetails.of(user);
  }

  /** A sub-admin that still owns backup users keeps its role until they have another owner. */
  private void changeRole(SystemUser user, Role role) {
    if (user.role() == Role.SUB_ADMIN && backupUsers.countOwnedBy(user) > 0) {
      throw new InvalidChangeException(
          user.loginName() + " still owns backup users; give them to another owner first");
    }
    try {
      user.changeRole(role);
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    }
  }

  private SystemUser find(String loginName) {
    return systemUsers
        .findByLoginName(loginName)
        .orElseThrow(() -> new RecordNotFoundException("No system user " + loginName));
  }
}
