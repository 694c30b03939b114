package com.twofactor.shared.boundary;

import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.Role;
import jakarta.ejb.SessionContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who calls a boundary, as the container authenticated them: the login name and the system role, if
 * any (backup users hold none). Every boundary asks this one record who is calling and which
 * accounts the caller may know of.
 */
public record Caller(String loginName, Optional<Role> role) {

  /** The caller of the current EJB call. */
  public static Caller of(SessionContext context) {
    return of(context.getCallerPrincipal().getName(), context::isCallerInRole);
  }

  /** A caller whose system role is the first of {@link Role} the container says it is in. */
  public static Caller of(String loginName, Predicate<String> isInRole) {
    return new Caller(
        loginName,
        Arrays.stream(Role.values()).filter(role -> isInRole.test(role.name())).findFirst());
  }

  /** Manages only the backup users it owns. */
  public boolean isSubAdmin() {
    return role.equals(Optional.of(Role.SUB_ADMIN));
  }

  /** Whether the caller may know the account exists: a sub-admin only of its own backup users. */
  public boolean knows(Account account) {
    return !isSubAdmin() || (account instanceof BackupUser user && user.isOwnedBy(loginName));
  }

  /**
   * The account of that name if the caller may know it exists; else 404, as for a name nobody has.
   */
  public Account knownAccount(AccountRepository accounts, String loginName) {
    return accounts
        .findByLoginName(loginName)
        .filter(this::knows)
        .orElseThrow(() -> new RecordNotFoundException("No account " + loginName));
  }

  /** Whether the account is the caller's own. */
  public boolean is(Account account) {
    return account.loginName().equals(loginName);
  }
}
