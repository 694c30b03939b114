package com.twofactor.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The container's two lines per system exception, through a real logger with the filter on. */
class ExpectedRefusalsTest {

  private static final String ANNOUNCEMENT =
      "AS-EJB-00056 A system exception occurred during an invocation on EJB X, method: y";

  private final Logger logger = Logger.getLogger("test.ejb.container." + System.nanoTime());
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();

  @BeforeEach
  void quietLogger() {
    logger.setUseParentHandlers(false);
    logger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    logger.setFilter(new ExpectedRefusals(logger));
  }

  @Test
  void aRefusedRoleAValidationFailureAndALostRaceLeaveNothing() {
    systemException(new AccessLocalException("Client not authorized for this invocation"));
    systemException(new EJBException(new ConstraintViolationException(Set.of())));
    systemException(
        new EJBException("1 constraint violation(s) occurred during method validation."));
    systemException(
        new EJBException(
            new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23505"))));

    assertThat(logged).isEmpty();
  }

  @Test
  void anUnexpectedFailureIsLoggedAsBeforeWithItsAnnouncementFirst() {
    NullPointerException bug = new NullPointerException("bug");
    systemException(new EJBException(bug));

    assertThat(logged).hasSize(2);
    assertThat(logged.get(0).getMessage()).isEqualTo(ANNOUNCEMENT);
    assertThat(logged.get(1).getThrown().getCause()).isSameAs(bug);
  }

  @Test
  void otherLinesPassAndAnAnnouncementWithoutItsTraceIsNotLost() {
    logger.warning(ANNOUNCEMENT);
    logger.warning("something else");

    assertThat(logged)
        .extracting(LogRecord::getMessage)
        .containsExactly(ANNOUNCEMENT, "something else");
  }

  private void systemException(Throwable thrown) {
    logger.warning(ANNOUNCEMENT);
    logger.log(Level.WARNING, "", thrown);
  }
}
