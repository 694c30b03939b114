package com.twofactor.shared.boundary;

/** Nothing of that name exists, or the caller may not see it. */
public class RecordNotFoundException extends BusinessException {

  public RecordNotFoundException(String message) {
    super(message);
  }
}
