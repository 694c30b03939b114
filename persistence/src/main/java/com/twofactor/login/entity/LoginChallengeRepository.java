package com.twofactor.login.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Stores login challenges, and forgets them once they are long expired. */
@ApplicationScoped
public class LoginChallengeRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public void add(LoginChallenge challenge) {
    em.persist(challenge);
  }

  public Optional<LoginChallenge> find(String id) {
    return Optional.ofNullable(em.find(LoginChallenge.class, id));
  }

  /**
   * The challenge, its version checked again at commit, so two nodes answering the same challenge
   * at once cannot both succeed.
   */
  public Optional<LoginChallenge> findForChange(String id) {
    return Optional.ofNullable(em.find(LoginChallenge.class, id, LockModeType.OPTIMISTIC));
  }

  /** Deletes the challenges that expired before {@code cutoff}; returns how many. */
  public int deleteExpiredBefore(Instant cutoff) {
    return em.createQuery("DELETE FROM LoginChallenge c WHERE c.expiresAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
