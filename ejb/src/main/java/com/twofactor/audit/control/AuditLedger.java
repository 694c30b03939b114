package com.twofactor.audit.control;

import com.twofactor.audit.entity.AuditEvent;
import com.twofactor.audit.entity.AuditRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Writes audit lines, each in a transaction of its own committed at once, whatever became of the
 * transaction that asked for it. Counted lines are raised in one statement; the unique key of their
 * tally lets exactly one of several concurrent first occurrences insert the line, on H2 and
 * PostgreSQL alike and across cluster nodes.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditLedger {

  @Inject AuditRepository events;

  public void append(AuditEvent event) {
    events.append(event);
  }

  /** Counts one more occurrence on the line with this tally key; false when there is none yet. */
  public boolean countAgain(String tallyKey) {
    return events.countAgain(tallyKey);
  }
}
