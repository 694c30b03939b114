package com.twofactor.push.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether the push relay answered lately, on this node: the dashboard shows it, and a relay that is
 * down is logged once a minute at most (logins go on by polling meanwhile), never with a secret.
 */
@ApplicationScoped
public class RelayState {

  private static final Logger LOG = Logger.getLogger(RelayState.class.getName());
  private static final Duration LOG_EVERY = Duration.ofMinutes(1);

  @Inject Clock clock;

  private Instant lastSuccess;
  private Instant lastFailure;
  private String lastProblem;
  private Instant lastLogged;

  /** What the dashboard shows. */
  public enum Status {
    /** No relay configured: apps poll. */
    NOT_CONFIGURED,
    /** Configured, nothing sent yet. */
    UNKNOWN,
    REACHABLE,
    UNREACHABLE
  }

  public synchronized void succeeded() {
    lastSuccess = clock.instant();
  }

  /**
   * @param problem what went wrong, without secrets (status code, exception class)
   */
  public synchronized void failed(String relay, String problem) {
    Instant now = clock.instant();
    lastFailure = now;
    lastProblem = problem;
    if (lastLogged == null || !now.isBefore(lastLogged.plus(LOG_EVERY))) {
      lastLogged = now;
      LOG.warning(
          () ->
              "The push relay "
                  + relay
                  + " cannot be reached ("
                  + problem
                  + "); mobile apps still get their login requests by polling. Logged once a"
                  + " minute at most.");
    }
  }

  public synchronized Status status(boolean configured) {
    if (!configured) {
      return Status.NOT_CONFIGURED;
    }
    if (lastFailure == null && lastSuccess == null) {
      return Status.UNKNOWN;
    }
    if (lastSuccess == null || (lastFailure != null && lastFailure.isAfter(lastSuccess))) {
      return Status.UNREACHABLE;
    }
    return Status.REACHABLE;
  }

  public synchronized Optional<String> lastProblem() {
    return Optional.ofNullable(lastProblem);
  }

  /** When a delivery last worked on this node. */
  public synchronized Optional<Instant> lastSuccess() {
    return Optional.ofNullable(lastSuccess);
  }

  /** When a delivery last failed on this node, after its retries. */
  public synchronized Optional<Instant> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }
}
