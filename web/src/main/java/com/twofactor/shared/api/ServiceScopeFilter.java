package com.twofactor.shared.api;

import com.twofactor.shared.boundary.Roles;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * A replication or redirector service account's token is for those server-to-server connections
 * only: every endpoint of this API refuses it, the public login and challenge endpoints included,
 * before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ServiceScopeFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() != null
        && (security.isUserInRole(Roles.SERVICE_REPLICATION)
            || security.isUserInRole(Roles.SERVICE_REDIRECTOR))) {
      request.abortWith(
          Problem.response(
              Status.FORBIDDEN,
              "A service account's token is for replication and redirector connections only"));
    }
  }
}
