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
    /**
     * No connection, whatever the reason (refused, timed out, unreachable, reset): one answer, so
     * the Test tells nothing about ports a firewall hides.
     */
    CONNECT_FAILED,
    /** The host name resolves to an address that is not public (loopback, private, …). */
    ADDRESS_NOT_ALLOWED,
    UNKNOWN_HOST,
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
