package com.twofactor.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One SMS sent to verify a phone number of an account, counted by the per-account bound on such
 * SMS. It names neither the number nor the passcode.
 */
@Entity
@Table(name = "sms_verification_sent")
public class SmsVerificationSent {

  @Id
  @SequenceGenerator(
      name = "sms_verification_sent_seq",
      sequenceName = "sms_verification_sent_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_verification_sent_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected SmsVerificationSent() {}

  public SmsVerificationSent(Long accountId, Instant sentAt) {
    this.accountId = accountId;
    this.sentAt = sentAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
