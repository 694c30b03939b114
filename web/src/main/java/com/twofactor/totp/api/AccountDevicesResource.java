package com.twofactor.totp.api;

import com.twofactor.shared.boundary.Roles;
import com.twofactor.totp.boundary.AuthenticatorPairings;
import com.twofactor.totp.boundary.DeviceDetails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * An account's devices for its administrators, and the reset: removing one or all, so the user
 * pairs again at the next login.
 */
@Path("accounts/{loginName}/devices")
@RolesAllowed({
  Roles.ADMIN,
  Roles.SUB_ADMIN,
  Roles.READ_ONLY_ADMIN,
  Roles.API_USER,
  Roles.READ_ONLY_API_USER
})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AccountDevicesResource {

  @Inject AuthenticatorPairings pairings;

  @GET
  public List<DeviceDetails> list(@PathParam("loginName") String loginName) {
    return pairings.devicesOf(loginName);
  }

  @DELETE
  public Reset resetAll(@PathParam("loginName") String loginName) {
    return new Reset(pairings.resetDevices(loginName, Optional.empty()));
  }

  @DELETE
  @Path("{id}")
  public Reset resetOne(@PathParam("loginName") String loginName, @PathParam("id") long id) {
    return new Reset(pairings.resetDevices(loginName, Optional.of(id)));
  }

  /** How many devices were removed. */
  public record Reset(int removed) {}
}
