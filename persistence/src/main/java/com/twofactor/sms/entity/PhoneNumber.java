package com.twofactor.sms.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A phone number of an account that receives SMS passcodes, in E.164 with its country. It is
 * verified by a passcode sent to it (kept as its keyed hash, with the prefix shown on screen); only
 * verified numbers are offered at login.
 */
@Entity
@Table(name = "phone_number")
public class PhoneNumber {

  @Id
  @SequenceGenerator(
      name = "phone_number_seq",
      sequenceName = "phone_number_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_number_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(nullable = false, length = 2, updatable = false)
  private String country;

  @Column(nullable = false, length = 16, updatable = false)
  private String e164;

  @Column(nullable = false)
  private boolean verified;

  @Column(name = "last_verified_at")
  private Instant lastVerifiedAt;

  @Column(name = "passcode_prefix", length = 4)
  private String passcodePrefix;

  @Column(name = "passcode_hash", length = 64)
  private String passcodeHash;

  @Column(name = "passcode_expires_at")
  private Instant passcodeExpiresAt;

  @Column(name = "passcode_sent_at")
  private Instant passcodeSentAt;

  @Column(name = "passcode_sends", nullable = false)
  private int passcodeSends;

  @Column(name = "passcode_failures", nullable = false)
  private int passcodeFailures;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected PhoneNumber() {}

  /**
   * @param country ISO 3166 alpha-2 of the number
   * @param e164 the number in E.164, checked by the caller with libphonenumber
   */
  public PhoneNumber(Account account, String country, String e164, Instant now) {
    this.account = Objects.requireNonNull(account, "account");
    this.country = Objects.requireNonNull(country, "country");
    if (e164 == null || !e164.matches("\\+[1-9][0-9]{4,14}")) {
      throw new IllegalArgumentException("Not a phone number in E.164");
    }
    this.e164 = e164;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** Sends before now are no longer consecutive: the count starts again. */
  public void startNewSendSequence() {
    this.passcodeSends = 0;
  }

  /** A new passcode went out to this number. */
  public void passcodeSent(String prefix, String hash, Instant now, Instant expiresAt) {
    this.passcodePrefix = prefix;
    this.passcodeHash = hash;
    this.passcodeSentAt = now;
    this.passcodeExpiresAt = expiresAt;
    this.passcodeSends++;
    this.passcodeFailures = 0;
  }

  /** One more wrong passcode; at {@code max} the passcode is void. */
  public boolean recordWrongPasscode(int max) {
    passcodeFailures++;
    if (passcodeFailures >= max) {
      clearPasscode();
      return true;
    }
    return false;
  }

  /** The passcode was right: the number is verified now. */
  public void verify(Instant now) {
    this.verified = true;
    this.lastVerifiedAt = now;
    this.passcodeSends = 0;
    clearPasscode();
  }

  private void clearPasscode() {
    this.passcodeHash = null;
    this.passcodeExpiresAt = null;
    this.passcodeFailures = 0;
  }

  public Long id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public String country() {
    return country;
  }

  public String e164() {
    return e164;
  }

  public boolean isVerified() {
    return verified;
  }

  public Optional<Instant> lastVerifiedAt() {
    return Optional.ofNullable(lastVerifiedAt);
  }

  public Optional<String> passcodePrefix() {
    return Optional.ofNullable(passcodeHash == null ? null : passcodePrefix);
  }

  public Optional<String> passcodeHash() {
    return Optional.ofNullable(passcodeHash);
  }

  public Optional<Instant> passcodeExpiresAt() {
    return Optional.ofNullable(passcodeExpiresAt);
  }

  public Optional<Instant> passcodeSentAt() {
    return Optional.ofNullable(passcodeSentAt);
  }

  public int passcodeSends() {
    return passcodeSends;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
