package com.twofactor.audit.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;

import com.twofactor.audit.entity.AuditEvent;
import com.twofactor.audit.entity.AuditFilter;
import com.twofactor.audit.entity.AuditRepository;
import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/**
 * Writes the audit trail and reads it back. Each line is written in a transaction of its own, so a
 * refused login or a failed change is on record even when the business transaction rolls back.
 */
@Stateless
public class AuditTrail {

  @Inject AuditRepository events;

  @Inject Clock clock;

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(@Observes Audited audited) {
    events.append(
        new AuditEvent(
            clock.instant(),
            audited.actor(),
            audited.subject(),
            audited.action(),
            audited.outcome(),
            audited.sourceAddress(),
            audited.detail()));
  }

  /** The trail, newest first; sub-admins and backup users do not read it. */
  @RolesAllowed({ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
  public Page<AuditEntry> page(@NotNull AuditFilter filter, @NotNull PageRequest page) {
    return events.page(filter, page).map(AuditEntry::of);
  }
}
