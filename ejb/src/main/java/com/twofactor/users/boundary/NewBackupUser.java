package com.twofactor.users.boundary;

import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.BackupUserType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A backup user to create. Without a policy group the user joins the default group. */
public record NewBackupUser(
    @NotNull @Pattern(regexp = Account.LOGIN_NAME_PATTERN, message = "{twofactor.loginName}")
        String loginName,
    @NotNull @Size(min = 8, max = 128) String password,
    @Size(max = 128) String alias,
    @NotNull BackupUserType type,
    String owner,
    String policyGroup,
    boolean twoFactorEnabled) {

  @Override
  public String toString() {
    return "NewBackupUser[loginName=" + loginName + "]";
  }
}
