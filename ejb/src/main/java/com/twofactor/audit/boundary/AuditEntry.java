package com.twofactor.audit.boundary;

import com.twofactor.audit.entity.AuditEvent;
import java.time.Instant;

/**
 * One line of the audit trail as administrators read it; {@code count} is how often it happened
 * (more than 1 only on counted lines such as {@code LOGIN_NAME_NOT_VALID}).
 */
public record AuditEntry(
    Instant occurredAt,
    String actor,
    String subject,
    String action,
    String outcome,
    String sourceAddress,
    String detail,
    int count) {

  static AuditEntry of(AuditEvent e) {
    return new AuditEntry(
        e.occurredAt(),
        e.actor(),
        e.subject().orElse(null),
        e.action(),
        e.outcome().name(),
        e.sourceAddress().orElse(null),
        e.detail().orElse(null),
        e.occurrences());
  }
}
