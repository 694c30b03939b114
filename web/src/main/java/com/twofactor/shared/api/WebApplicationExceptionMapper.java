package com.twofactor.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (404 unknown path, 405, 415, 401, 403…) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e.getResponse().hasEntity()) {
      return e.getResponse();
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 400 -> "The request body is not valid JSON of the expected shape";
          case 401 -> "Log in first: send a bearer access token";
          case 403 -> "Your role does not allow this";
          case 404 -> "Nothing here";
          default -> status.getReasonPhrase();
        };
    return Problem.response(status, detail);
  }
}
