package com.twofactor.login.view;

import com.twofactor.shared.view.Permissions;

/** Where a console user lands after login: admins on the backup users, others on their account. */
final class Landing {

  static final String ADMIN_HOME = "/admin/users/backup-users.xhtml";
  static final String ACCOUNT_HOME = "/account/index.xhtml";

  private Landing() {}

  static String pageFor(Permissions permissions) {
    return permissions.isConsoleAdmin() ? ADMIN_HOME : ACCOUNT_HOME;
  }
}
