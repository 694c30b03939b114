package com.twofactor.audit.boundary;

import com.twofactor.audit.entity.AuditRepository;
import com.twofactor.shared.boundary.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;

/**
 * Takes every {@link Audited} as it is fired, in the firing thread and transaction, adds the
 * address of the HTTP request being served when the event names none, and writes it in the active
 * transaction (with {@link AuditTrail} standing by to write it as rolled back should that fail), or
 * hands it to {@link AuditTrail} at once when there is none or it is already doomed. A plain bean,
 * not an EJB, so that no container refuses it a transaction marked for rollback: a refusal recorded
 * after a failed nested call must still be written.
 */
@ApplicationScoped
public class AuditDispatcher {

  @Inject RequestOrigin origin;
  @Inject Event<AuditTrail.Pending> pending;
  @Inject Event<AuditTrail.InTransaction> inTransaction;
  @Inject AuditRepository events;
  @Inject AuditTrail trail;
  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Clock clock;

  void dispatch(@Observes Audited audited) {
    Audited located = audited.sourceAddress() == null ? audited.from(requestAddress()) : audited;
    Instant now = clock.instant();
    switch (transactions.getTransactionStatus()) {
      case Status.STATUS_ACTIVE -> {
        if (located.counted()) {
          pending.fire(new AuditTrail.Pending(located, now));
        } else {
          events.add(AuditTrail.lineOf(located, now));
          inTransaction.fire(new AuditTrail.InTransaction(located, now));
        }
      }
      // Doomed already: it cannot commit.
      case Status.STATUS_MARKED_ROLLBACK, Status.STATUS_ROLLING_BACK, Status.STATUS_ROLLEDBACK ->
          trail.writeNow(located.rolledBack(), now);
      // No transaction, or one that has committed: what happened stays.
      default -> trail.writeNow(located, now);
    }
  }

  /** The address of the HTTP request being served; none for timers and startup. */
  private String requestAddress() {
    try {
      return origin.sourceAddress().orElse(null);
    } catch (ContextNotActiveException e) {
      return null;
    }
  }
}
