package com.twofactor.policy.api;

import static com.twofactor.shared.api.QueryParameters.DEFAULT_SIZE;

import com.twofactor.policy.boundary.PolicyGroupDetails;
import com.twofactor.policy.boundary.PolicyGroups;
import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.shared.entity.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Policy groups: list, read, create, change (rename, require 2FA). */
@Path("policy-groups")
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
public class PolicyGroupsResource {

  @Inject PolicyGroups groups;

  @GET
  public Page<PolicyGroupDetails> list(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue(DEFAULT_SIZE) String size) {
    return groups.list(QueryParameters.page(page, size));
  }

  @GET
  @Path("{name}")
  public PolicyGroupDetails get(@PathParam("name") String name) {
    return groups.get(name);
  }

  @POST
  public Response create(PolicyGroupDetails request, @Context UriInfo uri) {
    PolicyGroupDetails created = groups.create(QueryParameters.requiredBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{name}")
  public PolicyGroupDetails change(@PathParam("name") String name, PolicyGroupDetails changes) {
    return groups.change(name, QueryParameters.requiredBody(changes));
  }
}
