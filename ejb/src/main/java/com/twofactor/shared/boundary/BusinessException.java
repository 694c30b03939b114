package com.twofactor.shared.boundary;

import jakarta.ejb.ApplicationException;

/** A business rule said no; the transaction rolls back and the caller gets the message. */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  public BusinessException(String message) {
    super(message);
  }
}
