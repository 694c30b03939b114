package com.twofactor.stepup.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Step-up proofs: only ever added, read back by session, and forgotten once stale. */
@ApplicationScoped
public class StepUpProofRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public void add(StepUpProof proof) {
    em.persist(proof);
  }

  /** Whether the account proved itself from this session at {@code since} or later. */
  public boolean provenSince(Long accountId, String sessionHash, Instant since) {
    return em.createQuery(
                "SELECT COUNT(p) FROM StepUpProof p WHERE p.accountId = :account"
                    + " AND p.sessionHash = :session AND p.provenAt >= :since",
                Long.class)
            .setParameter("account", accountId)
            .setParameter("session", sessionHash)
            .setParameter("since", since)
            .getSingleResult()
        > 0;
  }

  /** Forgets the proofs of every account made before {@code cutoff}. */
  public int deleteBefore(Instant cutoff) {
    return em.createQuery("DELETE FROM StepUpProof p WHERE p.provenAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
