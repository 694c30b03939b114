package com.twofactor.audit.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;

import com.twofactor.audit.control.AuditLedger;
import com.twofactor.audit.entity.AuditEvent;
import com.twofactor.audit.entity.AuditFilter;
import com.twofactor.audit.entity.AuditRepository;
import com.twofactor.shared.control.UniqueKeys;
import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the audit trail and reads it back. A line fired in an active transaction is written in
 * that transaction, so it commits with the change it reports and costs no transaction of its own;
 * when that transaction rolls back, the line goes with it and is written afterwards, in a
 * transaction of its own, as a failure ("rolled back"), never as done; a refused login or a wrong
 * code is written whatever became of its transaction; a line fired outside any transaction, or in
 * one already doomed, is written at once. Counted lines (one per source address and minute) are
 * counted once the transaction has ended. Each fired {@link Audited} is written exactly once.
 * {@link AuditDispatcher} takes the events as they are fired.
 */
@Stateless
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  /** A counted line waiting for the end of the transaction it was fired in. */
  public record Pending(Audited audited, Instant firedAt) {}

  /** A line written in the transaction it was fired in: written again only if that rolls back. */
  public record InTransaction(Audited audited, Instant firedAt) {}

  @Inject AuditRepository events;
  @EJB AuditLedger ledger;

  /** Writes a line now, outside any transaction of the caller's. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void writeNow(Audited audited, Instant at) {
    write(audited, at);
  }

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Pending line) {
    write(line.audited(), line.firedAt());
  }

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void rolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) Pending line) {
    write(line.audited().rolledBack(), line.firedAt());
  }

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void undone(@Observes(during = TransactionPhase.AFTER_FAILURE) InTransaction line) {
    write(line.audited().rolledBack(), line.firedAt());
  }

  /** The line of the trail that stands for a fired event. */
  static AuditEvent lineOf(Audited audited, Instant at) {
    return new AuditEvent(
        at,
        audited.actor(),
        audited.subject(),
        audited.action(),
        audited.outcome(),
        audited.sourceAddress(),
        audited.detail());
  }

  /** The trail, newest first; sub-admins and backup users do not read it. */
  @RolesAllowed({ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
  public Page<AuditEntry> page(@NotNull AuditFilter filter, @NotNull PageRequest page) {
    return events.page(filter, page).map(AuditEntry::of);
  }

  private void write(Audited audited, Instant at) {
    try {
      if (audited.counted()) {
        count(audited, at);
      } else {
        ledger.append(lineOf(audited, at));
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          e,
          () -> "Could not write the audit line " + audited.action() + " of " + audited.actor());
      throw e;
    }
  }

  /** One more on the line of this minute and source address, or that line, if it is the first. */
  private void count(Audited audited, Instant at) {
    String key = AuditEvent.tallyKey(audited.action(), audited.sourceAddress(), at);
    if (ledger.countAgain(key)) {
      return;
    }
    try {
      ledger.append(
          AuditEvent.counted(
              at,
              audited.actor(),
              audited.action(),
              audited.outcome(),
              audited.sourceAddress(),
              audited.detail()));
    } catch (EJBException e) {
      // Another request or node wrote the first line in the meantime: count on it.
      if (!UniqueKeys.violatedBy(e) || !ledger.countAgain(key)) {
        throw e;
      }
    }
  }
}
