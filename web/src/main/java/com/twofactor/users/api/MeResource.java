package com.twofactor.users.api;

import com.twofactor.recovery.boundary.MyRecoveryCodes;
import com.twofactor.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The logged-in account, as its access token names it. */
@Path("me")
@RolesAllowed({
  Roles.ADMIN,
  Roles.SUB_ADMIN,
  Roles.READ_ONLY_ADMIN,
  Roles.API_USER,
  Roles.READ_ONLY_API_USER,
  Roles.BACKUP_USER
})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** Who the caller is, and how many unused recovery codes the account has. */
  public record Me(String loginName, Set<String> groups, long recoveryCodesLeft) {}

  @Inject JsonWebToken token;
  @Inject MyRecoveryCodes recoveryCodes;

  @GET
  public Me me() {
    return new Me(token.getName(), token.getGroups(), recoveryCodes.unused());
  }
}
