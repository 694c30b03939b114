package com.twofactor.shared.view;

import com.twofactor.shared.boundary.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * What the logged-in caller may do, so pages disable what the boundaries would refuse anyway. The
 * boundaries decide; this only keeps the console from offering what they refuse.
 */
@Named
@RequestScoped
public class Permissions {

  @Inject SecurityContext security;

  /** Manages everything: policy groups, system users, the owners of backup users. */
  public boolean isAdmin() {
    return security.isCallerInRole(Roles.ADMIN);
  }

  /** Manages only the backup users it owns. */
  public boolean isSubAdmin() {
    return security.isCallerInRole(Roles.SUB_ADMIN);
  }

  /** Sees everything and changes nothing. */
  public boolean isReadOnly() {
    return security.isCallerInRole(Roles.READ_ONLY_ADMIN);
  }

  /** Any of the three administrator roles, who use the {@code /admin} pages. */
  public boolean isConsoleAdmin() {
    return isAdmin() || isSubAdmin() || isReadOnly();
  }
}
