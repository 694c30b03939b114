package com.twofactor.login.api;

import com.twofactor.login.boundary.LoginChallenges;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The second step of a login over HTTP: where it stands, and skipping the skippable setup prompt.
 * Whoever holds the challenge id got it from a login with the right password; an expired or used
 * challenge is 410.
 */
@Path("auth/challenges/{id}")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LoginChallengesResource {

  @Inject LoginChallenges challenges;

  @GET
  public LoginAnswer status(@PathParam("id") String id) {
    return LoginAnswer.of(challenges.status(id));
  }

  /** "Skip" on the setup prompt, with "Do not show this message again" or not. */
  @POST
  @Path("skip")
  public Response skip(@PathParam("id") String id, SkipBody body) {
    return LoginResource.answer(challenges.skip(id, body != null && body.doNotShowAgain()));
  }

  /** {@code {"doNotShowAgain":true}}. */
  public record SkipBody(boolean doNotShowAgain) {}
}
