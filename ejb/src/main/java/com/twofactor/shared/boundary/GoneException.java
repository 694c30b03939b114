package com.twofactor.shared.boundary;

/** What the request refers to existed but is over: an expired or used-up login challenge. */
public class GoneException extends BusinessException {

  public GoneException(String message) {
    super(message);
  }
}
