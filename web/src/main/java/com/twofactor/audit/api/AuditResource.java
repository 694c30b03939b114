package com.twofactor.audit.api;

import static com.twofactor.shared.api.QueryParameters.DEFAULT_SIZE;

import com.twofactor.audit.boundary.AuditEntry;
import com.twofactor.audit.boundary.AuditTrail;
import com.twofactor.audit.entity.AuditFilter;
import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.shared.entity.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The audit trail, newest first, narrowed by actor, subject, action (each compared whole) and time.
 * Each line's detail is returned whole, and {@code count} says how often a counted line happened.
 */
@Path("audit")
@RolesAllowed({Roles.ADMIN, Roles.READ_ONLY_ADMIN, Roles.API_USER, Roles.READ_ONLY_API_USER})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail trail;

  @GET
  public Page<AuditEntry> list(
      @QueryParam("actor") String actor,
      @QueryParam("subject") String subject,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue(DEFAULT_SIZE) String size) {
    AuditFilter filter;
    try {
      filter =
          new AuditFilter(
              Optional.ofNullable(actor),
              Optional.ofNullable(subject),
              Optional.ofNullable(action),
              QueryParameters.optionalInstant("from", from),
              QueryParameters.optionalInstant("to", to));
    } catch (IllegalArgumentException e) {
      throw QueryParameters.badRequest(e.getMessage());
    }
    return trail.page(filter, QueryParameters.page(page, size));
  }
}
