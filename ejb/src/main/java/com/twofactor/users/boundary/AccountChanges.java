package com.twofactor.users.boundary;

import com.twofactor.audit.boundary.ChangeLog;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.users.entity.Account;

/** What a change of any account may hold besides its own fields: the 2FA switch, a new password. */
final class AccountChanges {

  private AccountChanges() {}

  /**
   * Applies what is asked ({@code null} leaves it as it is) and writes it down; a password is only
   * noted as changed, never written.
   */
  static void apply(
      Account account,
      Boolean twoFactorEnabled,
      String newPassword,
      PasswordHashing hashing,
      ChangeLog changes) {
    changes.apply(
        "twoFactorEnabled",
        account.isTwoFactorEnabled(),
        twoFactorEnabled,
        account::switchTwoFactor);
    if (newPassword != null) {
      changes.note("password changed");
      account.changePassword(hashing.hash(newPassword.toCharArray()));
    }
  }
}
