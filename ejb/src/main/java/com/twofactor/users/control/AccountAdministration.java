package com.twofactor.users.control;

import com.twofactor.shared.boundary.Caller;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.SystemUser;

/**
 * Who may change how an account gets in (reset its devices, disable or enable it): an ADMIN any
 * account, an API_USER backup users only, a SUB_ADMIN only the backup users it owns (the others do
 * not exist for it), read-only roles nothing. Nobody disables their own account or the built-in
 * admin, so the server always keeps an administrator.
 */
public final class AccountAdministration {

  /** What the rule says about one caller and one account. */
  public enum Access {
    GRANTED,
    /** 403 with the reason. */
    FORBIDDEN,
    /** 404: the caller may not even know the account exists. */
    HIDDEN
  }

  /** The answer, with the reason of a refusal. */
  public record Verdict(Access access, String reason) {
    static final Verdict GRANTED = new Verdict(Access.GRANTED, null);

    static Verdict forbidden(String reason) {
      return new Verdict(Access.FORBIDDEN, reason);
    }

    static Verdict hidden() {
      return new Verdict(Access.HIDDEN, "No account");
    }

    public boolean granted() {
      return access == Access.GRANTED;
    }
  }

  private AccountAdministration() {}

  /** Resetting an account's devices. */
  public static Verdict toChangeFactors(Caller caller, Account target) {
    if (caller.role().isEmpty()) {
      return Verdict.forbidden("Your role does not allow this");
    }
    return switch (caller.role().get()) {
      case ADMIN -> Verdict.GRANTED;
      case API_USER ->
          target instanceof BackupUser
              ? Verdict.GRANTED
              : Verdict.forbidden("An API user manages backup users only");
      case SUB_ADMIN -> caller.knows(target) ? Verdict.GRANTED : Verdict.hidden();
      case READ_ONLY_ADMIN, READ_ONLY_API_USER ->
          Verdict.forbidden("Your role does not allow this");
    };
  }

  /** Disabling or enabling an account. */
  public static Verdict toDisable(Caller caller, Account target) {
    Verdict verdict = toChangeFactors(caller, target);
    if (!verdict.granted()) {
      return verdict;
    }
    if (caller.is(target)) {
      return Verdict.forbidden("You cannot disable or enable your own account");
    }
    if (target instanceof SystemUser user && user.isBuiltInAdmin()) {
      return Verdict.forbidden("The built-in system admin cannot be disabled");
    }
    return verdict;
  }
}
