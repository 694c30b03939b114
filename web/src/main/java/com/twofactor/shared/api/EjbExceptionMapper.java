package com.twofactor.shared.api;

import com.twofactor.shared.boundary.Failure;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The EJB container wraps what it does not know: a refused role becomes 403, a validation failure
 * 400, a business rule its own status, and anything else 500 without details (logged here, with its
 * stack trace).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Override
  public Response toResponse(EJBException e) {
    Failure failure = Failure.of(e);
    if (failure instanceof Failure.Forbidden) {
      return Problem.response(Status.FORBIDDEN, "Your role does not allow this");
    }
    if (failure instanceof Failure.Invalid invalid) {
      return Problem.response(Status.BAD_REQUEST, invalid.byField());
    }
    if (failure instanceof Failure.Refused refused) {
      return BusinessExceptionMapper.responseTo(refused.rule());
    }
    LOG.log(Level.SEVERE, "Unexpected failure", e);
    return Problem.response(Status.INTERNAL_SERVER_ERROR, "The server could not do this");
  }
}
