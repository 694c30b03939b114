package com.twofactor.login.view;

import com.twofactor.shared.boundary.Roles;
import jakarta.security.enterprise.SecurityContext;

/** Where a console user lands after login: admins on the backup users, others on their account. */
final class Landing {

  static final String ADMIN_HOME = "/admin/users/backup-users.xhtml";
  static final String ACCOUNT_HOME = "/account/index.xhtml";

  private Landing() {}

  static String pageFor(SecurityContext security) {
    boolean admin =
        security.isCallerInRole(Roles.ADMIN)
            || security.isCallerInRole(Roles.SUB_ADMIN)
            || security.isCallerInRole(Roles.READ_ONLY_ADMIN);
    return admin ? ADMIN_HOME : ACCOUNT_HOME;
  }
}
