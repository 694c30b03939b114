package com.twofactor.audit.entity;

import java.time.Instant;
import java.util.Optional;

/** What the audit trail is narrowed to; empty parts do not narrow. */
public record AuditFilter(
    Optional<String> actor,
    Optional<String> subject,
    Optional<String> action,
    Optional<Instant> from,
    Optional<Instant> to) {

  public static final AuditFilter NONE =
      new AuditFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public AuditFilter {
    actor = actor.map(String::strip).filter(s -> !s.isEmpty());
    subject = subject.map(String::strip).filter(s -> !s.isEmpty());
    action = action.map(String::strip).filter(s -> !s.isEmpty());
  }
}
