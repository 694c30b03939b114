package com.twofactor.shared.boundary;

/** The request does not prove who sends it (a device request's signature was refused): 401. */
public class NotAuthenticatedException extends BusinessException {

  public NotAuthenticatedException(String message) {
    super(message);
  }
}
