package com.twofactor.users.boundary;

import com.twofactor.users.entity.Role;
import jakarta.validation.constraints.Size;

/** Changes to a system user; a {@code null} field stays as it is. */
public record SystemUserChanges(
    Role role, Boolean twoFactorEnabled, @Size(min = 8, max = 128) String password) {

  @Override
  public String toString() {
    return "SystemUserChanges[role=" + role + "]";
  }
}
