package com.twofactor.login.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** The throttling record of each source address that failed recently. */
@ApplicationScoped
public class AddressThrottleRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Optional<AddressThrottle> find(String address) {
    return Optional.ofNullable(em.find(AddressThrottle.class, address));
  }

  /** The record, its row locked until the transaction ends, so concurrent failures all count. */
  public Optional<AddressThrottle> findForUpdate(String address) {
    return Optional.ofNullable(
        em.find(AddressThrottle.class, address, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Inserts at once; two nodes inserting the same address: the primary key lets one through. */
  public void add(AddressThrottle throttle) {
    em.persist(throttle);
    em.flush();
  }

  /** Forgets the addresses whose last failure is older than {@code cutoff}; returns how many. */
  public int deleteQuietSince(Instant cutoff) {
    return em.createQuery(
            "DELETE FROM AddressThrottle t WHERE t.lastFailureAt < :cutoff"
                + " AND (t.blockedUntil IS NULL OR t.blockedUntil < :cutoff)")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
