package com.twofactor.shared.api;

import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.GoneException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A business rule said no: 404, 409, 403 or 400, with the rule's own words. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException e) {
    return Problem.response(statusOf(e), e.getMessage());
  }

  static Status statusOf(BusinessException e) {
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
    if (e instanceof InvalidChangeException) {
      return Status.BAD_REQUEST;
    }
    return Status.BAD_REQUEST;
  }
}
