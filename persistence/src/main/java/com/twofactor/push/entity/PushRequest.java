package com.twofactor.push.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A push approval request of one login: the branded app shows it, the user approves with the number
 * the login page shows (number matching) or denies. Its state changes only through the conditional
 * updates of {@link PushRequestRepository}, so one decision wins across nodes.
 */
@Entity
@Table(name = "push_request")
public class PushRequest {

  @Id
  @Column(length = 32)
  private String id;

  @Column(name = "challenge_id", nullable = false, length = 32, updatable = false)
  private String challengeId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "number_match", nullable = false, length = 2, updatable = false)
  private String numberMatch;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PushState state;

  @Column(name = "device_id")
  private Long deviceId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected PushRequest() {}

  public PushRequest(
      String id,
      String challengeId,
      Long accountId,
      String numberMatch,
      Instant createdAt,
      Instant expiresAt) {
    if (numberMatch == null || !numberMatch.matches("[1-9][0-9]")) {
      throw new IllegalArgumentException("The number to match has two digits");
    }
    this.id = Objects.requireNonNull(id, "id");
    this.challengeId = Objects.requireNonNull(challengeId, "challengeId");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.numberMatch = numberMatch;
    this.state = PushState.PENDING;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Still waiting for the user's decision at {@code now}. */
  public boolean isOpenAt(Instant now) {
    return state == PushState.PENDING && expiresAt.isAfter(now);
  }

  /** The state as the login sees it: a pending request past its time has expired. */
  public String stateAt(Instant now) {
    return state == PushState.PENDING && !expiresAt.isAfter(now) ? "EXPIRED" : state.name();
  }

  public String id() {
    return id;
  }

  public String challengeId() {
    return challengeId;
  }

  public Long accountId() {
    return accountId;
  }

  /** The number the user must pick in the app; only the login page and its API client see it. */
  public String numberMatch() {
    return numberMatch;
  }

  public PushState state() {
    return state;
  }

  public Optional<Long> deviceId() {
    return Optional.ofNullable(deviceId);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
