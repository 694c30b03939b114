package com.twofactor.users.view;

import com.twofactor.users.entity.Account;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What every account form edits: the login name (at creation), the two-factor switch and a new
 * password with its rules; an empty password keeps the password.
 */
public abstract class AccountForm implements Serializable {

  @Pattern(regexp = Account.LOGIN_NAME_PATTERN)
  protected String loginName;

  protected boolean twoFactorEnabled;

  @Size(min = 8, max = 128)
  protected String password;

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
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
