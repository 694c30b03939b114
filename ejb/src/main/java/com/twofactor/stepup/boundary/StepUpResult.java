package com.twofactor.stepup.boundary;

import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.Reason;
import java.time.Instant;
import java.util.Optional;

/**
 * How a step-up attempt ended.
 *
 * @param until when the lock ends ({@link Outcome#LOCKED}) or the address may try again ({@link
 *     Outcome#THROTTLED}), if known
 */
public record StepUpResult(Outcome outcome, Optional<Instant> until) {

  /**
   * The proof was right, wrong, came while (or made) the account locked, or came from an address
   * that must wait.
   */
  public enum Outcome {
    PROVEN,
    WRONG,
    LOCKED,
    THROTTLED
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

  static StepUpResult throttled(Optional<Instant> until) {
    return new StepUpResult(Outcome.THROTTLED, until);
  }

  public boolean isProven() {
    return outcome == Outcome.PROVEN;
  }

  /**
   * A lock or a throttle is the same refusal as at login, told in the same words; a wrong proof is
   * not (it may have been a password).
   */
  public Optional<LoginResult.Refused> asLoginRefusal() {
    return switch (outcome) {
      case LOCKED -> Optional.of(new LoginResult.Refused(Reason.LOCKED, until));
      case THROTTLED -> Optional.of(new LoginResult.Refused(Reason.THROTTLED, until));
      case PROVEN, WRONG -> Optional.empty();
    };
  }
}
