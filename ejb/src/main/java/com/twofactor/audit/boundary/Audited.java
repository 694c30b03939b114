package com.twofactor.audit.boundary;

import com.twofactor.audit.entity.AuditEvent.Outcome;
import com.twofactor.users.entity.Account;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something worth a line in the audit trail, fired as a CDI event by the boundary that did it and
 * written by {@link AuditTrail} in a transaction of its own once the transaction it was fired in
 * has ended. The detail never holds a secret, a code or a full phone number, and is kept whole.
 *
 * @param actor who did it (a login name, or {@code anonymous})
 * @param subject whom or what it was done to, if anybody
 * @param action what was done, an upper-case name such as {@code SETTINGS_CHANGED}
 * @param outcome how it ended
 * @param sourceAddress where the request came from; when {@code null}, the address of the HTTP
 *     request being served, if any
 * @param detail what changed, such as {@code twoFactorEnabled: false -> true}
 */
public record Audited(
    String actor,
    String subject,
    String action,
    Outcome outcome,
    String sourceAddress,
    String detail) {

  /**
   * The action of the counted line standing for refused logins whose login name is not a valid
   * login name, per source address and minute.
   */
  public static final String LOGIN_NAME_NOT_VALID = "LOGIN_NAME_NOT_VALID";

  private static final Pattern LOGIN_NAME = Pattern.compile(Account.LOGIN_NAME_PATTERN);

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

  /**
   * A refused login with a login name no account has. A name that could be a login name is the
   * subject; anything else (too long, line breaks, markup, control characters) is never written:
   * such attempts are only counted, one line per source address and minute, so what an attacker
   * sends can neither poison nor flood the trail.
   */
  public static Audited unknownLoginName(String actor, String loginName) {
    if (loginName != null && LOGIN_NAME.matcher(loginName).matches()) {
      return failure(actor, loginName, "LOGIN_FAILED", "unknown login name");
    }
    return new Audited(
        actor, null, LOGIN_NAME_NOT_VALID, Outcome.FAILURE, null, "login name not valid");
  }

  /** Whether this is counted per source address and minute rather than written line by line. */
  public boolean counted() {
    return LOGIN_NAME_NOT_VALID.equals(action);
  }

  /**
   * What became of this when the transaction it was fired in rolled back: a change reported as done
   * was not done, so it is a failure; a failure stays what it was.
   */
  public Audited rolledBack() {
    if (outcome == Outcome.FAILURE) {
      return this;
    }
    return new Audited(
        actor,
        subject,
        action,
        Outcome.FAILURE,
        sourceAddress,
        detail == null ? "rolled back" : detail + "; rolled back");
  }

  public Audited from(String address) {
    return new Audited(actor, subject, action, outcome, address, detail);
  }

  /** {@code old -> new} for one changed field, the usual detail of a change. */
  static String change(String field, Object before, Object after) {
    return field + ": " + before + " -> " + after;
  }
}
