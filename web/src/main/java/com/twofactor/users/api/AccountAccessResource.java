package com.twofactor.users.api;

import com.twofactor.shared.boundary.Roles;
import com.twofactor.users.boundary.AccountAccess;
import com.twofactor.users.boundary.AccountStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Disabling and enabling any account, backup or system user: a disabled account cannot log in and
 * its tokens and sessions stop at once.
 */
@Path("accounts/{loginName}")
@RolesAllowed({
  Roles.ADMIN,
  Roles.SUB_ADMIN,
  Roles.READ_ONLY_ADMIN,
  Roles.API_USER,
  Roles.READ_ONLY_API_USER
})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AccountAccessResource {

  @Inject AccountAccess access;

  @POST
  @Path("disable")
  public AccountStatus disable(@PathParam("loginName") String loginName) {
    return access.disable(loginName);
  }

  @POST
  @Path("enable")
  public AccountStatus enable(@PathParam("loginName") String loginName) {
    return access.enable(loginName);
  }
}
