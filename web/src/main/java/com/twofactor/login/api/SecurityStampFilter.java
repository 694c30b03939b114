package com.twofactor.login.api;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.login.control.SecurityStamps;
import com.twofactor.login.control.TokenSigner;
import com.twofactor.shared.api.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses an access token that MicroProfile JWT verified but whose account revoked it since: the
 * token's security stamp is no longer the account's (a new password or role, a device reset) or the
 * account is disabled. Runs before any role check, so a demoted admin's token does nothing more.
 * Every refusal is audited (the source address comes with the request).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SecurityStampFilter implements ContainerRequestFilter {

  @Inject SecurityStamps stamps;
  @Inject Event<Audited> audit;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal caller = request.getSecurityContext().getUserPrincipal();
    if (!(caller instanceof JsonWebToken token)) {
      return;
    }
    String stamp = token.getClaim(TokenSigner.STAMP_CLAIM);
    if (!stamps.isCurrent(token.getName(), stamp)) {
      audit.fire(Audited.failure(token.getName(), token.getName(), "REVOKED_TOKEN_REFUSED", null));
      Response refusal = Problem.response(401, "Unauthorized", "Session revoked; log in again");
      refusal.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      request.abortWith(refusal);
    }
  }
}
