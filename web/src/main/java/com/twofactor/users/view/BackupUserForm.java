package com.twofactor.users.view;

import com.twofactor.users.boundary.BackupUserChanges;
import com.twofactor.users.boundary.BackupUserDetails;
import com.twofactor.users.boundary.NewBackupUser;
import com.twofactor.users.entity.BackupUserType;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** What the new-user dialog and the User Profile edit; an empty password keeps the password. */
public class BackupUserForm extends AccountForm {

  @Size(max = 128)
  private String alias;

  private BackupUserType type = BackupUserType.PAID;
  private String owner;
  private String policyGroup;

  static BackupUserForm of(BackupUserDetails user) {
    var form = new BackupUserForm();
    form.loginName = user.loginName();
    form.alias = user.alias();
    form.type = user.type();
    form.owner = user.owner();
    form.policyGroup = user.policyGroup();
    form.twoFactorEnabled = user.twoFactorEnabled();
    return form;
  }

  NewBackupUser toNewUser() {
    return new NewBackupUser(
        loginName, password, alias, type, owner, policyGroup, twoFactorEnabled);
  }

  /**
   * @param ownerChangeable whether the caller hands users to owners (admins do; for a sub-admin the
   *     owner stays as it is)
   */
  BackupUserChanges toChanges(boolean ownerChangeable) {
    return new BackupUserChanges(
        Objects.requireNonNullElse(alias, ""),
        type,
        ownerChangeable ? Objects.requireNonNullElse(owner, "") : null,
        policyGroup,
        twoFactorEnabled,
        password);
  }

  public String getAlias() {
    return alias;
  }

  public void setAlias(String alias) {
    this.alias = alias;
  }

  public BackupUserType getType() {
    return type;
  }

  public void setType(BackupUserType type) {
    this.type = type;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getPolicyGroup() {
    return policyGroup;
  }

  public void setPolicyGroup(String policyGroup) {
    this.policyGroup = policyGroup;
  }
}
