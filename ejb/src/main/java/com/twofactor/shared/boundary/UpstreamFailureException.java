package com.twofactor.shared.boundary;

/**
 * A service this server depends on (Twilio) refused or did not answer (502); the message says what
 * went wrong and what to do, and nothing was changed.
 */
public class UpstreamFailureException extends BusinessException {

  public UpstreamFailureException(String message) {
    super(message);
  }
}
