package com.twofactor.shared.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Whatever no other mapper took: unreadable JSON is 400, anything else 500 without details. */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof IllegalArgumentException) {
        return Problem.response(
            Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape");
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure", e);
    return Problem.response(Status.INTERNAL_SERVER_ERROR, "The server could not do this");
  }
}
