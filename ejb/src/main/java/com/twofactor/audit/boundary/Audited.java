package com.twofactor.audit.boundary;

import com.twofactor.audit.entity.AuditEvent.Outcome;
import java.util.Objects;

/**
 * Something worth a line in the audit trail, fired as a CDI event by the boundary that did it and
 * written by {@link AuditTrail} in a transaction of its own. The detail never holds a secret, a
 * code or a full phone number.
 *
 * @param actor who did it (a login name, or {@code anonymous})
 * @param subject whom or what it was done to, if anybody
 * @param action what was done, an upper-case name such as {@code SETTINGS_CHANGED}
 * @param outcome how it ended
 * @param sourceAddress where the request came from, if known
 * @param detail what changed, such as {@code twoFactorEnabled: false -> true}
 */
public record Audited(
    String actor,
    String subject,
    String action,
    Outcome outcome,
    String sourceAddress,
    String detail) {

  public Audited {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
  }

  public static Audited success(String actor, String subject, String action, String detail) {
    return new Audited(actor, subject, action, Outcome.SUCCESS, null, detail);
  }

  public static Audited failure(String actor, String subject, String action, String detail) {
    return new Audited(actor, subject, action, Outcome.FAILURE, null, detail);
  }

  public Audited from(String address) {
    return new Audited(actor, subject, action, outcome, address, detail);
  }

  /** {@code old -> new} for one changed field, the usual detail of a change. */
  public static String change(String field, Object before, Object after) {
    return field + ": " + before + " -> " + after;
  }
}
