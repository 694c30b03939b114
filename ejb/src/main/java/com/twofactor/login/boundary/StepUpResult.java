package com.twofactor.login.boundary;

import java.time.Instant;
import java.util.Optional;

/** How a step-up attempt ended. */
public record StepUpResult(Outcome outcome, Optional<Instant> lockedUntil) {

  /** The proof was right, wrong, or came while (or made) the account locked. */
  public enum Outcome {
    PROVEN,
    WRONG,
    LOCKED
  }

  static StepUpResult proven() {
    return new StepUpResult(Outcome.PROVEN, Optional.empty());
  }

  static StepUpResult wrong() {
    return new StepUpResult(Outcome.WRONG, Optional.empty());
  }

  static StepUpResult locked(Optional<Instant> until) {
    return new StepUpResult(Outcome.LOCKED, until);
  }

  public boolean isProven() {
    return outcome == Outcome.PROVEN;
  }
}
