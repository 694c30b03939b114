package com.twofactor.bootstrap.api;

import com.twofactor.bootstrap.boundary.BreakGlass;
import com.twofactor.bootstrap.boundary.BreakGlassRequest;
import com.twofactor.bootstrap.boundary.BreakGlassReset;
import com.twofactor.shared.api.QueryParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The built-in admin's break-glass over HTTP: {@code {"token":"…","newPassword":"…"}} with the
 * token written into the server's data folder by {@code ./run.sh break-glass}. 403 when there is no
 * valid token; every attempt uses the token up.
 */
@Path("auth/break-glass")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

  @Inject BreakGlass breakGlass;

  @POST
  public BreakGlassReset reset(BreakGlassRequest request) {
    return breakGlass.resetBuiltInAdmin(QueryParameters.requiredBody(request));
  }
}
