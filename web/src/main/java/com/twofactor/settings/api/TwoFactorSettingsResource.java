package com.twofactor.settings.api;

import com.twofactor.settings.boundary.HostAddress;
import com.twofactor.settings.boundary.HostTestResult;
import com.twofactor.settings.boundary.SettingsAdministration;
import com.twofactor.settings.boundary.TwoFactorSettingsChanges;
import com.twofactor.settings.boundary.TwoFactorSettingsDetails;
import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The server's two-factor settings: read, save (based on the {@code version} read; an outdated one
 * is 409, and so is a change under which system users could no longer log in, with the reason), and
 * Test the branded app's host registration.
 */
@Path("settings/two-factor")
@RolesAllowed({Roles.ADMIN, Roles.READ_ONLY_ADMIN, Roles.API_USER, Roles.READ_ONLY_API_USER})
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorSettingsResource {

  @Inject SettingsAdministration administration;

  @GET
  public TwoFactorSettingsDetails get() {
    return administration.current();
  }

  @PUT
  public TwoFactorSettingsDetails change(TwoFactorSettingsChanges change) {
    return administration.change(QueryParameters.requiredBody(change));
  }

  /**
   * Tests the host in the body ({@code protocol}, {@code name}, {@code port}), or the saved one for
   * {@code {}} or no body at all. A host that fails the Test is still a 200: the answer says what
   * went wrong.
   */
  @POST
  @Path("host-test")
  public HostTestResult testHost(HostAddress host) {
    return administration.testHost(host);
  }
}
