package com.twofactor.login.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The recent failed logins and codes from one source address, and until when it must wait before it
 * may try again. Kept in the database so every node of a cluster throttles alike.
 */
@Entity
@Table(name = "address_throttle")
public class AddressThrottle {

  @Id
  @Column(name = "source_address", length = 64)
  private String sourceAddress;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected AddressThrottle() {}

  /** The first failure from an address. */
  public AddressThrottle(String sourceAddress, Instant at) {
    this.sourceAddress = Objects.requireNonNull(sourceAddress, "sourceAddress");
    this.failures = 1;
    this.lastFailureAt = Objects.requireNonNull(at, "at");
  }

  /**
   * One more failure. A run of failures is forgotten once {@code forgetAfter} passed without one.
   *
   * @return the failures of the current run, this one included
   */
  public int recordFailure(Instant at, Duration forgetAfter) {
    failures = lastFailureAt.plus(forgetAfter).isBefore(at) ? 1 : failures + 1;
    lastFailureAt = at;
    return failures;
  }

  /** The address must wait until {@code until} before its next try. */
  public void blockUntil(Instant until) {
    blockedUntil = until;
  }

  /** How long the address must still wait at {@code now}, if at all. */
  public Optional<Duration> waitAt(Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now)
        ? Optional.of(Duration.between(now, blockedUntil))
        : Optional.empty();
  }

  public String sourceAddress() {
    return sourceAddress;
  }

  public int failures() {
    return failures;
  }
}
