package com.twofactor.shared.api;

import com.twofactor.shared.boundary.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The EJB container wraps what it does not know: a refused role becomes 403, a validation failure
 * 400, and anything else 500 without details (logged here, with its stack trace).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Override
  public Response toResponse(EJBException e) {
    if (e instanceof EJBAccessException) {
      return Problem.response(Status.FORBIDDEN, "Your role does not allow this");
    }
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof ConstraintViolationException violation) {
        return Problem.response(Status.BAD_REQUEST, ValidationExceptionMapper.describe(violation));
      }
      if (cause instanceof BusinessException business) {
        return Problem.response(BusinessExceptionMapper.statusOf(business), business.getMessage());
      }
      if (cause instanceof IllegalArgumentException invalid) {
        return Problem.response(Status.BAD_REQUEST, invalid.getMessage());
      }
      cause = cause.getCause();
    }
    LOG.log(Level.SEVERE, "Unexpected failure", e);
    return Problem.response(Status.INTERNAL_SERVER_ERROR, "The server could not do this");
  }
}
