package com.twofactor.shared.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Where the current request came from, set once by the web layer before any boundary runs (the
 * console and the API alike), so the rules and the audit trail see the same source address without
 * every method passing it along. Empty outside HTTP requests (timers, startup).
 */
@RequestScoped
public class RequestOrigin {

  private String sourceAddress;
  private String sessionRef;

  /** Called by the web layer for each request; the first value wins. */
  public void arrivedFrom(String address) {
    if (sourceAddress == null && address != null && !address.isBlank()) {
      sourceAddress = address;
    }
  }

  public Optional<String> sourceAddress() {
    return Optional.ofNullable(sourceAddress);
  }

  /**
   * Called by the web layer once the caller is known: what names the caller's session, the access
   * token's id or a random key of the console session, so a step-up proof serves that session only.
   * The first value wins.
   */
  public void heldBy(String reference) {
    if (sessionRef == null && reference != null && !reference.isBlank()) {
      sessionRef = reference;
    }
  }

  /** The caller's session reference; empty before authentication and outside HTTP requests. */
  public Optional<String> sessionRef() {
    return Optional.ofNullable(sessionRef);
  }
}
