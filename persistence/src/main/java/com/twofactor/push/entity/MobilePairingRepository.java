package com.twofactor.push.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Offered pairings of the branded mobile app. */
@ApplicationScoped
public class MobilePairingRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public void add(MobilePairing pairing) {
    em.persist(pairing);
  }

  public Optional<MobilePairing> find(String id) {
    return Optional.ofNullable(em.find(MobilePairing.class, id));
  }

  /**
   * Uses the pairing whose token hashes to {@code tokenHash}, if it is unused and unexpired: of
   * concurrent uses on any nodes exactly one gets it.
   */
  public Optional<MobilePairing> claim(String tokenHash, Instant now) {
    int claimed =
        em.createQuery(
                "UPDATE MobilePairing p SET p.usedAt = :now WHERE p.tokenHash = :hash"
                    + " AND p.usedAt IS NULL AND p.expiresAt > :now")
            .setParameter("now", now)
            .setParameter("hash", tokenHash)
            .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT p FROM MobilePairing p WHERE p.tokenHash = :hash", MobilePairing.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst()
        .map(
            pairing -> {
              em.refresh(pairing);
              return pairing;
            });
  }

  /** Forgets pairings that expired before {@code cutoff}. */
  public int deleteExpiredBefore(Instant cutoff) {
    return em.createQuery("DELETE FROM MobilePairing p WHERE p.expiresAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
