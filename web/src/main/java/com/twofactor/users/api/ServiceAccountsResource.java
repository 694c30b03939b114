package com.twofactor.users.api;

import static com.twofactor.shared.api.QueryParameters.DEFAULT_SIZE;

import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.shared.entity.Page;
import com.twofactor.users.boundary.NewServiceAccount;
import com.twofactor.users.boundary.ServiceAccountDetails;
import com.twofactor.users.boundary.ServiceAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Service accounts for replication and redirector connections: list and create. */
@Path("service-accounts")
@RolesAllowed({Roles.ADMIN, Roles.READ_ONLY_ADMIN, Roles.API_USER, Roles.READ_ONLY_API_USER})
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ServiceAccountsResource {

  @Inject ServiceAccounts serviceAccounts;

  @GET
  public Page<ServiceAccountDetails> list(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue(DEFAULT_SIZE) String size) {
    return serviceAccounts.list(QueryParameters.page(page, size));
  }

  /** {@code {"loginName","kind":"REPLICATION|REDIRECTOR","password","description"}}. */
  @POST
  public Response create(NewServiceAccount request, @Context UriInfo uri) {
    ServiceAccountDetails created = serviceAccounts.create(QueryParameters.requiredBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(created.loginName()).build())
        .entity(created)
        .build();
  }
}
