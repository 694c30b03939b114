package com.twofactor.push.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The replay guard of signed device requests. */
@ApplicationScoped
public class UsedSignatureRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  /**
   * Records a signature as used, flushed at once: a second use fails here with a unique-key
   * violation, on this node or any other.
   */
  public void spend(UsedSignature signature) {
    em.persist(signature);
    em.flush();
  }

  /** Signatures older than the accepted clock skew can never be accepted again anyway. */
  public int deleteUsedBefore(Instant cutoff) {
    return em.createQuery("DELETE FROM UsedSignature s WHERE s.usedAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
