package com.twofactor.users.view;

import com.twofactor.users.boundary.NewSystemUser;
import com.twofactor.users.boundary.SystemUserChanges;
import com.twofactor.users.boundary.SystemUserDetails;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.Role;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the new-system-user dialog and the system user page edit. */
public class SystemUserForm implements Serializable {

  @Pattern(regexp = Account.LOGIN_NAME_PATTERN)
  private String loginName;

  private Role role = Role.ADMIN;
  private boolean twoFactorEnabled;

  @Size(min = 8, max = 128)
  private String password;

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

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public boolean isTwoFactorEnabled() {
    return twoFactorEnabled;
  }

  public void setTwoFactorEnabled(boolean twoFactorEnabled) {
    this.twoFactorEnabled = twoFactorEnabled;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
