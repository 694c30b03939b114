package com.twofactor.recovery.entity;

import com.twofactor.users.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One single-use recovery code of an account, as its keyed hash. It is spent only through {@link
 * RecoveryCodeRepository#spend}, a conditional update, so it never works twice.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

  @Id
  @SequenceGenerator(
      name = "recovery_code_seq",
      sequenceName = "recovery_code_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  /**
   * @param codeHash the keyed hash of the code (32 bytes)
   */
  public RecoveryCode(Account account, byte[] codeHash, Instant now) {
    this.account = Objects.requireNonNull(account, "account");
    if (codeHash.length != 32) {
      throw new IllegalArgumentException("A recovery code hash is 32 bytes");
    }
    this.codeHash = hex(codeHash);
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }

  public Long id() {
    return id;
  }

  public boolean isUsed() {
    return usedAt != null;
  }
}
