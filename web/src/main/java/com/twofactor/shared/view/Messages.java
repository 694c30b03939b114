package com.twofactor.shared.view;

import com.twofactor.shared.boundary.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Page messages from the bundle, and boundary calls whose refusal becomes a message: the rule's own
 * words for a business exception, a plain sentence for a refused role, never a stack trace.
 */
@RequestScoped
public class Messages {

  private static final Logger LOG = Logger.getLogger(Messages.class.getName());

  @Inject FacesContext faces;

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /** Keeps this request's messages for the page a redirect leads to. */
  public void keepForRedirect() {
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Calls a boundary; if it refuses, says why on the page and answers empty. */
  public <T> Optional<T> attempt(Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (BusinessException | EJBException | ConstraintViolationException e) {
      add(FacesMessage.SEVERITY_ERROR, reasonOf(e));
      return Optional.empty();
    }
  }

  private String reasonOf(RuntimeException e) {
    if (e instanceof EJBAccessException) {
      return text("error.forbidden");
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BusinessException || cause instanceof IllegalArgumentException) {
        return cause.getMessage();
      }
      if (cause instanceof ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
            .map(ConstraintViolation::getMessage)
            .sorted()
            .collect(Collectors.joining("; "));
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure of a console action", e);
    return text("error.unexpected");
  }

  private String text(String key, Object... arguments) {
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
  }

  private void add(FacesMessage.Severity severity, String summary) {
    faces.addMessage(null, new FacesMessage(severity, summary, null));
  }
}
