package com.twofactor.shared.api;

import com.twofactor.shared.boundary.Failure;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation refused the input: 400 naming each field and what is wrong with it. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return Problem.response(
        Status.BAD_REQUEST,
        new Failure.Invalid(e.getConstraintViolations(), e.getMessage()).byField());
  }
}
