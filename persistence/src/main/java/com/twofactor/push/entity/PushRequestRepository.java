package com.twofactor.push.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Push approval requests. */
@ApplicationScoped
public class PushRequestRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public void add(PushRequest request) {
    em.persist(request);
  }

  public Optional<PushRequest> find(String id) {
    return Optional.ofNullable(em.find(PushRequest.class, id));
  }

  /** The newest push request of a login, if it started one. */
  public Optional<PushRequest> latestOf(String challengeId) {
    return em.createQuery(
            "SELECT p FROM PushRequest p WHERE p.challengeId = :challenge"
                + " ORDER BY p.createdAt DESC, p.id",
            PushRequest.class)
        .setParameter("challenge", challengeId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The account's requests waiting for a decision at {@code now}, oldest first. */
  public List<PushRequest> openOf(Long accountId, Instant now) {
    return em.createQuery(
            "SELECT p FROM PushRequest p WHERE p.accountId = :account AND p.state = :pending"
                + " AND p.expiresAt > :now ORDER BY p.createdAt, p.id",
            PushRequest.class)
        .setParameter("account", accountId)
        .setParameter("pending", PushState.PENDING)
        .setParameter("now", now)
        .getResultList();
  }

  /** How many push requests the account started since {@code since}, and the oldest of them. */
  public List<Instant> startedSince(Long accountId, Instant since) {
    return em.createQuery(
            "SELECT p.createdAt FROM PushRequest p WHERE p.accountId = :account"
                + " AND p.createdAt > :since ORDER BY p.createdAt",
            Instant.class)
        .setParameter("account", accountId)
        .setParameter("since", since)
        .getResultList();
  }

  /** Earlier pending requests of a login give way to a new one. */
  public int supersedeOpenOf(String challengeId) {
    return em.createQuery(
            "UPDATE PushRequest p SET p.state = :superseded, p.version = p.version + 1"
                + " WHERE p.challengeId = :challenge AND p.state = :pending")
        .setParameter("superseded", PushState.SUPERSEDED)
        .setParameter("challenge", challengeId)
        .setParameter("pending", PushState.PENDING)
        .executeUpdate();
  }

  /**
   * Records the decision on a request still open at {@code now}: of concurrent decisions on any
   * nodes exactly one is recorded.
   *
   * @return whether this call decided it
   */
  public boolean decide(String id, PushState decision, Long deviceId, Instant now) {
    return em.createQuery(
                "UPDATE PushRequest p SET p.state = :decision, p.deviceId = :device,"
                    + " p.decidedAt = :now, p.version = p.version + 1"
                    + " WHERE p.id = :id AND p.state = :pending AND p.expiresAt > :now")
            .setParameter("decision", decision)
            .setParameter("device", deviceId)
            .setParameter("now", now)
            .setParameter("id", id)
            .setParameter("pending", PushState.PENDING)
            .executeUpdate()
        == 1;
  }

  /** Forgets requests that expired before {@code cutoff}. */
  public int deleteExpiredBefore(Instant cutoff) {
    return em.createQuery("DELETE FROM PushRequest p WHERE p.expiresAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
