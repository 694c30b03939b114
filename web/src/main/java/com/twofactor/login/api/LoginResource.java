package com.twofactor.login.api;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.login.boundary.LoginRequest;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.Logins;
import com.twofactor.login.boundary.SecondFactor;
import com.twofactor.shared.api.Problem;
import com.twofactor.shared.api.QueryParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.Optional;

/** Logging in through the API, for API users, backup clients and scripts. */
@Path("auth")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

  public static final int LOCKED = 423;
  static final int TOO_MANY_REQUESTS = 429;

  @Inject Logins logins;
  @Context HttpServletRequest http;

  @POST
  @Path("login")
  public Response login(LoginBody body) {
    if (body == null) {
      throw QueryParameters.badRequest("Send loginName, password and client");
    }
    ClientContext client = body.clientContext();
    if (client.type() == ConnectionType.CONSOLE) {
      throw QueryParameters.badRequest("The console logs in through its own login page");
    }
    LoginRequest request =
        new LoginRequest(body.loginName(), body.password(), client, http.getRemoteAddr());
    Optional<SecondFactor> factor = body.secondFactor();
    return answer(factor.isPresent() ? logins.login(request, factor.get()) : logins.login(request));
  }

  /** The answer to a login or to one of its later steps. */
  static Response answer(LoginResult result) {
    if (result instanceof LoginResult.Authenticated authenticated) {
      return Response.ok(
              LoginAnswer.authenticated(
                  authenticated.token().orElseThrow(), authenticated.recoveryCodes()))
          .cacheControl(noStore())
          .build();
    }
    if (result instanceof LoginResult.SecondStepNeeded next) {
      return Response.ok(LoginAnswer.secondStep(next)).build();
    }
    return refusal((LoginResult.Refused) result);
  }

  /** Tokens and recovery codes are never cached. */
  static CacheControl noStore() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return noStore;
  }

  /** The refusal's own words, with the status that tells a client what it can do next. */
  public static Response refusal(LoginResult.Refused refused) {
    Instant now = Instant.now();
    String explanation = refused.explanation(now);
    return switch (refused.reason()) {
      case LOCKED -> Problem.response(LOCKED, "Locked", explanation);
      case THROTTLED ->
          Response.fromResponse(
                  Problem.response(TOO_MANY_REQUESTS, "Too Many Requests", explanation))
              .header("Retry-After", Long.toString(refused.secondsToWait(now)))
              .build();
      case CHALLENGE_FAILED -> Problem.response(Status.GONE, explanation);
      case CLIENT_NOT_CAPABLE, CONNECTION_NOT_ALLOWED, DISABLED ->
          Problem.response(Status.FORBIDDEN, explanation);
      case WRONG_CODE, BAD_CREDENTIALS, CONSOLE_NOT_ALLOWED ->
          Problem.response(Status.UNAUTHORIZED, explanation);
    };
  }
}
