package com.twofactor.users.api;

import static com.twofactor.shared.api.QueryParameters.DEFAULT_SIZE;

import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.shared.entity.Page;
import com.twofactor.users.boundary.NewSystemUser;
import com.twofactor.users.boundary.SystemUserChanges;
import com.twofactor.users.boundary.SystemUserDetails;
import com.twofactor.users.boundary.SystemUsers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** System users: list, read, create, change. */
@Path("system-users")
@RolesAllowed({
  Roles.ADMIN,
  Roles.SUB_ADMIN,
  Roles.READ_ONLY_ADMIN,
  Roles.API_USER,
  Roles.READ_ONLY_API_USER
})
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SystemUsersResource {

  @Inject SystemUsers systemUsers;

  @GET
  public Page<SystemUserDetails> list(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue(DEFAULT_SIZE) String size) {
    return systemUsers.list(QueryParameters.page(page, size));
  }

  @GET
  @Path("{loginName}")
  public SystemUserDetails get(@PathParam("loginName") String loginName) {
    return systemUsers.get(loginName);
  }

  @POST
  public Response create(NewSystemUser request, @Context UriInfo uri) {
    SystemUserDetails created = systemUsers.create(QueryParameters.requiredBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(created.loginName()).build())
        .entity(created)
        .build();
  }

  @PATCH
  @Path("{loginName}")
  public SystemUserDetails change(
      @PathParam("loginName") String loginName, SystemUserChanges changes) {
    return systemUsers.change(loginName, QueryParameters.requiredBody(changes));
  }
}
