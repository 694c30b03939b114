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

  /** Called by the web layer for each request; the first value wins. */
  public void arrivedFrom(String address) {
    if (sourceAddress == null && address != null && !address.isBlank()) {
      sourceAddress = address;
    }
  }

  public Optional<String> sourceAddress() {
    return Optional.ofNullable(sourceAddress);
  }
}
