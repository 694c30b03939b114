package com.twofactor.shared.boundary;

/** The change breaks a rule of the domain (an unknown policy group, say). */
public class InvalidChangeException extends BusinessException {

  public InvalidChangeException(String message) {
    super(message);
  }
}
