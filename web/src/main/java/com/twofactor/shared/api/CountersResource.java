package com.twofactor.shared.api;

import com.twofactor.shared.boundary.Roles;
import com.twofactor.shared.control.Counters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.SortedMap;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What this node counted since it started ({@link Counters}); each node answers for itself. */
@Path("operations/counters")
@RolesAllowed({Roles.ADMIN, Roles.READ_ONLY_ADMIN, Roles.API_USER, Roles.READ_ONLY_API_USER})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CountersResource {

  @Inject Counters counters;

  /** The counters of this node and since when it counts. */
  public record NodeCounters(Instant since, SortedMap<String, Long> counters) {}

  @GET
  public NodeCounters counters() {
    return new NodeCounters(counters.since(), counters.snapshot());
  }
}
