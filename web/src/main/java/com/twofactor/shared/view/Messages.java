package com.twofactor.shared.view;

import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.boundary.Failure;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

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

  /** A text that already says what went wrong in the rule's own words. */
  public void errorText(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  /** Says on the page why a boundary call was refused. */
  public void explain(RuntimeException refusal) {
    add(FacesMessage.SEVERITY_ERROR, reasonOf(refusal));
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
    Failure failure = Failure.of(e);
    if (failure instanceof Failure.Forbidden) {
      return text("error.forbidden");
    }
    if (failure instanceof Failure.Invalid invalid) {
      return invalid.plain();
    }
    if (failure instanceof Failure.Refused refused) {
      return refused.rule().getMessage();
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
