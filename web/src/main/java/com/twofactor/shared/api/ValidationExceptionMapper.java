package com.twofactor.shared.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** Bean Validation refused the input: 400 naming each field and what is wrong with it. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return Problem.response(Status.BAD_REQUEST, describe(e));
  }

  static String describe(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(ValidationExceptionMapper::describe)
        .sorted()
        .collect(Collectors.joining("; "));
  }

  private static String describe(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // "create.arg0.loginName" -> "loginName"
    String field = path.substring(path.lastIndexOf('.') + 1);
    return field + ": " + violation.getMessage();
  }
}
