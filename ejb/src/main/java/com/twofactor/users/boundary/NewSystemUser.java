package com.twofactor.users.boundary;

import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A system user to create. */
public record NewSystemUser(
    @NotNull @Pattern(regexp = Account.LOGIN_NAME_PATTERN, message = "{twofactor.loginName}")
        String loginName,
    @NotNull Role role,
    @NotNull @Size(min = 8, max = 128) String password,
    boolean twoFactorEnabled) {

  @Override
  public String toString() {
    return "NewSystemUser[loginName=" + loginName + ", role=" + role + "]";
  }
}
