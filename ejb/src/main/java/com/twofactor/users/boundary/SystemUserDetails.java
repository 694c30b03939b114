package com.twofactor.users.boundary;

import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.SystemUser;
import java.io.Serializable;

/**
 * A system user as admins see it; never the password.
 *
 * @param disabled whether an administrator disabled the account (it cannot log in)
 */
public record SystemUserDetails(
    String loginName, Role role, boolean twoFactorEnabled, boolean builtIn, boolean disabled)
    implements Serializable {

  static SystemUserDetails of(SystemUser user) {
    return new SystemUserDetails(
        user.loginName(),
        user.role(),
        user.isTwoFactorEnabled(),
        user.isBuiltInAdmin(),
        user.isDisabled());
  }
}
