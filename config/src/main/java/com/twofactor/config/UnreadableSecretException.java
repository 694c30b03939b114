package com.twofactor.config;

/**
 * A stored secret that cannot be decrypted: encrypted under another key, copied from another
 * record, altered, or not in a known form. Its message names none of the secret's bytes.
 */
public class UnreadableSecretException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public UnreadableSecretException(String message) {
    super(message);
  }
}
