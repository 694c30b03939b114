package com.twofactor.shared.api;

import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.GoneException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.ServiceBusyException;
import com.twofactor.shared.boundary.StepUpRequiredException;
import com.twofactor.shared.boundary.TooManyRequestsException;
import com.twofactor.shared.boundary.UpstreamFailureException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A business rule said no: 404, 409, 403 or 400, with the rule's own words; 503 with {@code
 * Retry-After} when the server is too busy to check a password now. A missing step-up proof is a
 * 403 of type {@value #STEP_UP_REQUIRED}, so clients can prove and retry.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  public static final String STEP_UP_REQUIRED = "urn:twofactor:problem:step-up-required";

  @Override
  public Response toResponse(BusinessException e) {
    return responseTo(e);
  }

  static Response responseTo(BusinessException e) {
    if (e instanceof ServiceBusyException busy) {
      Response problem = Problem.response(Status.SERVICE_UNAVAILABLE, e.getMessage());
      return Response.fromResponse(problem)
          .header("Retry-After", Long.toString(Math.max(1, busy.retryAfter().toSeconds())))
          .build();
    }
    if (e instanceof StepUpRequiredException) {
      return Problem.response(Status.FORBIDDEN, URI.create(STEP_UP_REQUIRED), e.getMessage());
    }
    if (e instanceof TooManyRequestsException tooMany) {
      long seconds =
          tooMany
              .retryAt()
              .map(at -> Math.max(1, (Duration.between(Instant.now(), at).toMillis() + 999) / 1000))
              .orElse(1L);
      return Response.fromResponse(Problem.response(429, "Too Many Requests", e.getMessage()))
          .header("Retry-After", Long.toString(seconds))
          .build();
    }
    return Problem.response(statusOf(e), e.getMessage());
  }

  private static Status statusOf(BusinessException e) {
    if (e instanceof RecordNotFoundException) {
      return Status.NOT_FOUND;
    }
    if (e instanceof ConflictingChangeException) {
      return Status.CONFLICT;
    }
    if (e instanceof ForbiddenChangeException) {
      return Status.FORBIDDEN;
    }
    if (e instanceof GoneException) {
      return Status.GONE;
    }
    if (e instanceof UpstreamFailureException) {
      return Status.BAD_GATEWAY;
    }
    if (e instanceof InvalidChangeException) {
      return Status.BAD_REQUEST;
    }
    return Status.BAD_REQUEST;
  }
}
