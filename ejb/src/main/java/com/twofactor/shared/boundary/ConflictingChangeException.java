package com.twofactor.shared.boundary;

/** The change clashes with what is stored (a name already taken, say). */
public class ConflictingChangeException extends BusinessException {

  public ConflictingChangeException(String message) {
    super(message);
  }
}
