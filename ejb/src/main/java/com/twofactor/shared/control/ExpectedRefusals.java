package com.twofactor.shared.control;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the container's log free of stack traces for refusals the application expects and answers
 * itself: a role that may not call a method (403), input that breaks a constraint (400), and the
 * loser of a race a unique key decides (a code used twice, two first failures of one address). The
 * container would log each of them as a system exception with its whole trace. Everything else
 * passes; unexpected failures are also logged, with their trace, where the API or the console
 * answers them.
 */
public final class ExpectedRefusals implements Filter {

  /** Payara's EJB container, which logs every exception a bean call ends with. */
  public static final String EJB_CONTAINER_LOGGER = "jakarta.enterprise.ejb.container";

  private static final String METHOD_VALIDATION = "occurred during method validation";

  /** The container's line that announces a system exception; its trace follows as a second line. */
  private static final String ANNOUNCEMENT = "AS-EJB-00056";

  private static final String ANNOUNCEMENT_TEXT =
      "A system exception occurred during an invocation";

  /** An announcement held back until the trace that follows it tells whether it is expected. */
  private final ThreadLocal<LogRecord> heldBack = new ThreadLocal<>();

  private final Logger target;

  /**
   * @param target the logger this filter sits on, through which a held-back announcement of an
   *     unexpected failure is logged after all
   */
  public ExpectedRefusals(Logger target) {
    this.target = target;
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    LogRecord held = heldBack.get();
    heldBack.remove();
    if (held == record) {
      return true; // an announcement released below, on its way through
    }
    boolean expected = record.getThrown() != null && isExpected(record.getThrown());
    if (held != null && !expected) {
      release(held);
    }
    if (expected) {
      return false;
    }
    if (record.getThrown() == null && isAnnouncement(record)) {
      heldBack.set(record);
      return false;
    }
    return true;
  }

  private void release(LogRecord announcement) {
    heldBack.set(announcement);
    target.log(announcement);
    heldBack.remove();
  }

  private static boolean isAnnouncement(LogRecord record) {
    String message = record.getMessage();
    return message != null
        && (message.contains(ANNOUNCEMENT) || message.contains(ANNOUNCEMENT_TEXT));
  }

  /** Whether {@code thrown}, or any of its causes, is a refusal the application answers itself. */
  public static boolean isExpected(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof EJBAccessException
          || cause instanceof AccessLocalException
          || cause instanceof ConstraintViolationException
          || (cause.getMessage() != null && cause.getMessage().contains(METHOD_VALIDATION))) {
        return true;
      }
    }
    return UniqueKeys.violatedBy(thrown);
  }
}
