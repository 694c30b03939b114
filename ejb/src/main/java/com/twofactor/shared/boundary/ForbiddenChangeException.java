package com.twofactor.shared.boundary;

/** The caller's role does not allow this change. */
public class ForbiddenChangeException extends BusinessException {

  public ForbiddenChangeException(String message) {
    super(message);
  }
}
