package com.twofactor.totp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A time step of a device whose code was accepted: never accepted again. */
@Entity
@Table(name = "totp_used_step")
public class UsedStep {

  /** Device and step: the primary key that makes a second use impossible. */
  @Embeddable
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "device_id", nullable = false)
    private Long deviceId;

    @Column(nullable = false)
    private long step;

    protected Key() {}

    Key(Long deviceId, long step) {
      this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
      this.step = step;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && deviceId.equals(key.deviceId) && step == key.step;
    }

    @Override
    public int hashCode() {
      return Objects.hash(deviceId, step);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "used_at", nullable = false, updatable = false)
  private Instant usedAt;

  protected UsedStep() {}

  public UsedStep(Long deviceId, long step, Instant usedAt) {
    this.key = new Key(deviceId, step);
    this.usedAt = Objects.requireNonNull(usedAt, "usedAt");
  }
}
