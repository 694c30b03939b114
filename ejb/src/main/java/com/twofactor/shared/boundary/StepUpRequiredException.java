package com.twofactor.shared.boundary;

import java.time.Duration;

/**
 * Changing a second factor needs a fresh proof from the caller's own session (a current code, or
 * the password where nothing is paired), and there is none.
 */
public class StepUpRequiredException extends ForbiddenChangeException {

  public StepUpRequiredException(Duration window) {
    super(
        "Prove it is you first: a current code from your paired 2FA device, or your password if"
            + " none is paired (API: POST /api/v1/me/step-up); the proof serves this session for "
            + window.toMinutes()
            + " minute(s)");
  }
}
