package com.twofactor.push.entity;

import com.twofactor.users.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A pairing of the branded mobile app offered to an account: the QR code carries a one-time token,
 * stored here only as its SHA-256 hash. It expires, and it pairs at most one device (a conditional
 * update in {@link MobilePairingRepository#claim}).
 */
@Entity
@Table(name = "mobile_pairing")
public class MobilePairing {

  @Id
  @Column(length = 32)
  private String id;

  @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
  private String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "challenge_id", length = 32, updatable = false)
  private String challengeId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "device_id")
  private Long deviceId;

  protected MobilePairing() {}

  /**
   * @param id what the page that shows the QR code polls by (not the token)
   * @param challengeId the login whose setup step this pairing is, or null from "My 2FA devices"
   */
  public MobilePairing(
      String id,
      String tokenHash,
      Account account,
      String challengeId,
      Instant createdAt,
      Instant expiresAt) {
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A pairing expires after it is offered");
    }
    this.id = Objects.requireNonNull(id, "id");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.account = Objects.requireNonNull(account, "account");
    this.challengeId = challengeId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** The device this pairing made. */
  public void completedBy(Long device) {
    this.deviceId = Objects.requireNonNull(device, "device");
  }

  public String id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public Optional<String> challengeId() {
    return Optional.ofNullable(challengeId);
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Long> deviceId() {
    return Optional.ofNullable(deviceId);
  }
}
