package com.twofactor.users.boundary;

import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.ServiceAccount;
import com.twofactor.users.entity.ServiceKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A service account to create, for a replication or redirector connection. */
public record NewServiceAccount(
    @NotNull @Pattern(regexp = Account.LOGIN_NAME_PATTERN, message = "{twofactor.loginName}")
        String loginName,
    @NotNull ServiceKind kind,
    @NotNull @Size(min = 12, max = 128) String password,
    @Size(max = ServiceAccount.DESCRIPTION_LENGTH) String description) {

  @Override
  public String toString() {
    return "NewServiceAccount[loginName=" + loginName + ", kind=" + kind + "]";
  }
}
