package com.twofactor.bootstrap.boundary;

import com.twofactor.shared.control.ExpectedRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Asks the container's EJB logger to leave out the traces of expected refusals ({@link
 * ExpectedRefusals}) while the application runs, and gives the logger back as it was when the
 * application stops.
 */
@Singleton
@Startup
public class QuietLogs {

  /** Held here: the logging framework keeps loggers only weakly, and with them their filter. */
  private Logger ejbContainer;

  @PostConstruct
  void install() {
    ejbContainer = Logger.getLogger(ExpectedRefusals.EJB_CONTAINER_LOGGER);
    ejbContainer.setFilter(new ExpectedRefusals(ejbContainer));
  }

  @PreDestroy
  void uninstall() {
    ejbContainer.setFilter(null);
  }
}
