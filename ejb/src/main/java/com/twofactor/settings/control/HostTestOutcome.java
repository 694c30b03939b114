package com.twofactor.settings.control;

/**
 * What a Test of the host registration found, and the sentence that tells the administrator what to
 * do about it.
 *
 * @param result the kind of answer, or of failure
 * @param message plain words for the console and the API
 */
public record HostTestOutcome(Result result, String message) {

  /** The kinds of answer a Test can get. */
  public enum Result {
    /** The host answered 200: the app will reach this server there. */
    ANSWERED,
    UNEXPECTED_STATUS,
    CONNECTION_REFUSED,
    UNKNOWN_HOST,
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    /** Self-signed, or signed by a certificate authority the server does not trust. */
    UNTRUSTED_CERTIFICATE,
    EXPIRED_CERTIFICATE,
    CERTIFICATE_NAME_MISMATCH,
    TLS_FAILED,
    FAILED
  }

  public boolean success() {
    return result == Result.ANSWERED;
  }
}
