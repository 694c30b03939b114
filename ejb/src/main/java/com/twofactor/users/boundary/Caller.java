package com.twofactor.users.boundary;

import com.twofactor.shared.boundary.Roles;
import jakarta.ejb.SessionContext;

/** Who calls a boundary, as the container authenticated them. */
record Caller(String loginName, boolean subAdmin) {

  static Caller of(SessionContext context) {
    return new Caller(
        context.getCallerPrincipal().getName(), context.isCallerInRole(Roles.SUB_ADMIN));
  }
}
