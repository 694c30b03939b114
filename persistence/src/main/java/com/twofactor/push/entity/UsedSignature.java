package com.twofactor.push.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A device request signature already accepted (its SHA-256): the primary key refuses the same
 * signature a second time, on any node.
 */
@Entity
@Table(name = "device_signature")
public class UsedSignature {

  @Id
  @Column(name = "signature_hash", length = 64)
  private String signatureHash;

  @Column(name = "device_id", nullable = false, updatable = false)
  private Long deviceId;

  @Column(name = "used_at", nullable = false, updatable = false)
  private Instant usedAt;

  protected UsedSignature() {}

  public UsedSignature(String signatureHash, Long deviceId, Instant usedAt) {
    this.signatureHash = Objects.requireNonNull(signatureHash, "signatureHash");
    this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
    this.usedAt = Objects.requireNonNull(usedAt, "usedAt");
  }
}
