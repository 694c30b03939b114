package com.twofactor.login.api;

import com.twofactor.login.boundary.LoginRequest;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.Logins;
import com.twofactor.login.boundary.SecondFactor;
import com.twofactor.login.entity.ClientContext;
import com.twofactor.login.entity.ConnectionType;
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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
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

  private static Response refusal(LoginResult.Refused refused) {
    return switch (refused.reason()) {
      case LOCKED ->
          Problem.response(
              LOCKED,
              "Locked",
              "Too many failed logins; the account is locked"
                  + refused
                      .until()
                      .map(until -> " until " + DateTimeFormatter.ISO_INSTANT.format(until))
                      .orElse(""));
      case THROTTLED -> throttled(refused.until());
      case WRONG_CODE -> Problem.response(Status.UNAUTHORIZED, "Wrong code");
      case CHALLENGE_FAILED -> Problem.response(Status.GONE, "Too many wrong codes; log in again");
      case CLIENT_NOT_CAPABLE, CONNECTION_NOT_ALLOWED ->
          Problem.response(Status.FORBIDDEN, refused.detail().orElse("This client cannot log in"));
      case DISABLED ->
          Problem.response(
              Status.FORBIDDEN, "This account is disabled; ask an administrator to enable it");
      case BAD_CREDENTIALS, CONSOLE_NOT_ALLOWED ->
          Problem.response(Status.UNAUTHORIZED, "Wrong login name or password");
    };
  }

  /** 429 with the seconds to wait in {@code Retry-After} (rounded up, at least 1). */
  public static Response throttled(Optional<Instant> until) {
    long seconds =
        until
            .map(end -> Duration.between(Instant.now(), end).toMillis())
            .map(millis -> Math.max(1, (millis + 999) / 1000))
            .orElse(1L);
    Response problem =
        Problem.response(
            TOO_MANY_REQUESTS,
            "Too Many Requests",
            "Too many failed attempts from your address; try again in " + seconds + " s");
    return Response.fromResponse(problem).header("Retry-After", Long.toString(seconds)).build();
  }
}
