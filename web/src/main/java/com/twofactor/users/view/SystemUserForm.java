package com.twofactor.users.view;

import com.twofactor.users.boundary.NewSystemUser;
import com.twofactor.users.boundary.SystemUserChanges;
import com.twofactor.users.boundary.SystemUserDetails;
import com.twofactor.users.entity.Role;

/** What the new-system-user dialog and the system user page edit. */
public class SystemUserForm extends AccountForm {

  private Role role = Role.ADMIN;

  static SystemUserForm of(SystemUserDetails user) {
    var form = new SystemUserForm();
    form.loginName = user.loginName();
    form.role = user.role();
    form.twoFactorEnabled = user.twoFactorEnabled();
    return form;
  }

  NewSystemUser toNewUser() {
    return new NewSystemUser(loginName, role, password, twoFactorEnabled);
  }

  /** The changes; an empty password keeps the password. */
  SystemUserChanges toChanges() {
    return new SystemUserChanges(role, twoFactorEnabled, password);
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
