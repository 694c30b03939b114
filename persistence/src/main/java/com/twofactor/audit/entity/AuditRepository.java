package com.twofactor.audit.entity;

import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/** Appends to and reads the audit trail, newest first. */
@ApplicationScoped
public class AuditRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  /**
   * Adds the line to the caller's transaction: written when it commits, gone if it rolls back. No
   * flush here, so the caller's own changes are not sent early.
   */
  public void add(AuditEvent event) {
    em.persist(event);
  }

  /** Adds the line, flushed at once so a clash of counted lines shows here. */
  public void append(AuditEvent event) {
    em.persist(event);
    em.flush();
  }

  /**
   * Counts one more occurrence on the counted line with this key, in one statement, so concurrent
   * requests and nodes never lose a count.
   *
   * @return whether the line was there to count on
   */
  public boolean countAgain(String tallyKey) {
    return em.createQuery(
                "UPDATE AuditEvent e SET e.occurrences = e.occurrences + 1"
                    + " WHERE e.tallyKey = :key")
            .setParameter("key", tallyKey)
            .executeUpdate()
        > 0;
  }

  public Page<AuditEvent> page(AuditFilter filter, PageRequest request) {
    List<String> conditions = new ArrayList<>();
    filter.actor().ifPresent(a -> conditions.add("e.actor = :actor"));
    filter.subject().ifPresent(s -> conditions.add("e.subject = :subject"));
    filter.action().ifPresent(a -> conditions.add("e.action = :action"));
    filter.from().ifPresent(f -> conditions.add("e.occurredAt >= :from"));
    filter.to().ifPresent(t -> conditions.add("e.occurredAt < :to"));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

    TypedQuery<AuditEvent> select =
        em.createQuery(
            "SELECT e FROM AuditEvent e" + where + " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEvent.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
    for (TypedQuery<?> query : List.of(select, count)) {
      filter.actor().ifPresent(a -> query.setParameter("actor", a));
      filter.subject().ifPresent(s -> query.setParameter("subject", s));
      filter.action().ifPresent(a -> query.setParameter("action", a));
      filter.from().ifPresent(f -> query.setParameter("from", f));
      filter.to().ifPresent(t -> query.setParameter("to", t));
    }
    List<AuditEvent> items =
        select.setFirstResult(request.firstResult()).setMaxResults(request.size()).getResultList();
    return new Page<>(items, request.page(), request.size(), count.getSingleResult());
  }
}
