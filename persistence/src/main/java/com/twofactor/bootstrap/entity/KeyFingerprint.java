package com.twofactor.bootstrap.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The fingerprint of a key the database was first used with: an identifier that reveals nothing of
 * the key. Recorded once, by the first node to start; its primary key lets only one of several
 * nodes starting together record it.
 */
@Entity
@Table(name = "key_fingerprint")
public class KeyFingerprint {

  /** The longest fingerprint: the hex form of 256 bits. */
  public static final int LENGTH = 64;

  @Id
  @Column(name = "key_name", length = 32)
  private String keyName;

  @Column(nullable = false, length = LENGTH, updatable = false)
  private String fingerprint;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected KeyFingerprint() {}

  private KeyFingerprint(InstallationKey key, String fingerprint, Instant now) {
    this.keyName = key.name();
    this.fingerprint = fingerprint;
    this.recordedAt = Objects.requireNonNull(now, "now");
  }

  /** The fingerprint of {@code key} as the first node to start has it. */
  public static KeyFingerprint record(InstallationKey key, String fingerprint, Instant now) {
    Objects.requireNonNull(key, "key");
    if (fingerprint == null || !fingerprint.matches("[0-9a-f]{16," + LENGTH + "}")) {
      throw new IllegalArgumentException("A key fingerprint is 16 to " + LENGTH + " hex digits");
    }
    return new KeyFingerprint(key, fingerprint, now);
  }

  public InstallationKey key() {
    return InstallationKey.valueOf(keyName);
  }

  public String fingerprint() {
    return fingerprint;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
