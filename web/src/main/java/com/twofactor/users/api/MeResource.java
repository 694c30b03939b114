package com.twofactor.users.api;

import com.twofactor.recovery.boundary.MyRecoveryCodes;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.totp.boundary.AuthenticatorPairings;
import com.twofactor.totp.boundary.DeviceDetails;
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

  /**
   * Who the caller is, how many unused recovery codes the account has, and whether it may do mobile
   * backup (only with a paired branded mobile app).
   */
  public record Me(
      String loginName, Set<String> groups, long recoveryCodesLeft, boolean mobileBackup) {}

  @Inject JsonWebToken token;
  @Inject MyRecoveryCodes recoveryCodes;
  @Inject AuthenticatorPairings pairings;

  @GET
  public Me me() {
    return new Me(
        token.getName(),
        token.getGroups(),
        recoveryCodes.unused(),
        pairings.myDevices().stream().anyMatch(DeviceDetails::mobileBackup));
  }
}
