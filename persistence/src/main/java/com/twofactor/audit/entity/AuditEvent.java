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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail: who did what to whom, when, from where, and how it ended. The detail
 * is kept whole, however long (a bulk change names every user it touched). A counted line stands
 * for several occurrences of the same thing from one source address within one minute, such as
 * logins with a login name that is not valid; only its count grows.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

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

  @Column(updatable = false)
  private String detail;

  /** How often this happened; more than once only on counted lines. */
  @Column(nullable = false)
  private int occurrences = 1;

  /** What a counted line counts (action, source address, minute); unique, null elsewhere. */
  @Column(name = "tally_key", length = 128, updatable = false)
  private String tallyKey;

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
    this.detail = detail;
  }

  /**
   * The first of possibly many occurrences of {@code action} from one source address in the minute
   * of {@code occurredAt}; later ones raise the count of this line (see {@link #tallyKey}).
   */
  public static AuditEvent counted(
      Instant occurredAt,
      String actor,
      String action,
      Outcome outcome,
      String sourceAddress,
      String detail) {
    var event = new AuditEvent(occurredAt, actor, null, action, outcome, sourceAddress, detail);
    event.tallyKey = tallyKey(action, sourceAddress, occurredAt);
    return event;
  }

  /** The key of the counted line of {@code action} from {@code sourceAddress} at {@code at}. */
  public static String tallyKey(String action, String sourceAddress, Instant at) {
    String address = sourceAddress == null ? "-" : cut(sourceAddress, 64);
    return cut(action, 32)
        + "|"
        + address
        + "|"
        + at.truncatedTo(ChronoUnit.MINUTES).getEpochSecond();
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

  public int occurrences() {
    return occurrences;
  }
}
