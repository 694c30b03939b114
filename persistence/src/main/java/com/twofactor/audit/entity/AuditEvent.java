package com.twofactor.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One line of the audit trail: who did what to whom, when, from where, and how it ended. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** The longest detail kept; longer details are cut. */
  public static final int DETAIL_LENGTH = 1000;

  /** How an audited action ended. */
  public enum Outcome {
    SUCCESS,
    FAILURE
  }

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 64, updatable = false)
  private String actor;

  @Column(length = 128, updatable = false)
  private String subject;

  @Column(nullable = false, length = 64, updatable = false)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private Outcome outcome;

  @Column(name = "source_address", length = 64, updatable = false)
  private String sourceAddress;

  @Column(length = DETAIL_LENGTH, updatable = false)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String actor,
      String subject,
      String action,
      Outcome outcome,
      String sourceAddress,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = cut(Objects.requireNonNull(actor, "actor"), 64);
    this.subject = subject == null ? null : cut(subject, 128);
    this.action = cut(Objects.requireNonNull(action, "action"), 64);
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.sourceAddress = sourceAddress == null ? null : cut(sourceAddress, 64);
    this.detail = detail == null ? null : cut(detail, DETAIL_LENGTH);
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  public String action() {
    return action;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Optional<String> sourceAddress() {
    return Optional.ofNullable(sourceAddress);
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
