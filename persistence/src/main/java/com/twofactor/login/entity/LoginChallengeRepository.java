package com.twofactor.login.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
   * Ends an open challenge with {@code state}, if it is still open at {@code now}: of concurrent
   * answers on any nodes exactly one ends it.
   *
   * @return whether this call ended it
   */
  public boolean finish(String id, ChallengeState state, Instant now) {
    return em.createQuery(
                "UPDATE LoginChallenge c SET c.state = :state, c.version = c.version + 1"
                    + " WHERE c.id = :id AND c.state = :pending AND c.expiresAt > :now")
            .setParameter("state", state)
            .setParameter("id", id)
            .setParameter("pending", ChallengeState.PENDING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** A completed console login becomes its session, once. */
  public boolean redeem(String id) {
    return em.createQuery(
                "UPDATE LoginChallenge c SET c.state = :redeemed, c.version = c.version + 1"
                    + " WHERE c.id = :id AND c.state = :completed")
            .setParameter("redeemed", ChallengeState.REDEEMED)
            .setParameter("id", id)
            .setParameter("completed", ChallengeState.COMPLETED)
            .executeUpdate()
        == 1;
  }

  /**
   * One more wrong answer to an open challenge; at {@code maxFailures} it is given up.
   *
   * @return whether the challenge is given up now
   */
  public boolean recordFailure(String id, int maxFailures) {
    em.createQuery(
            "UPDATE LoginChallenge c SET c.failedAttempts = c.failedAttempts + 1,"
                + " c.version = c.version + 1 WHERE c.id = :id AND c.state = :pending")
        .setParameter("id", id)
        .setParameter("pending", ChallengeState.PENDING)
        .executeUpdate();
    return em.createQuery(
                "UPDATE LoginChallenge c SET c.state = :failed, c.version = c.version + 1"
                    + " WHERE c.id = :id AND c.state = :pending AND c.failedAttempts >= :max")
            .setParameter("failed", ChallengeState.FAILED)
            .setParameter("id", id)
            .setParameter("pending", ChallengeState.PENDING)
            .setParameter("max", maxFailures)
            .executeUpdate()
        == 1;
  }

  /**
   * Records a new SMS passcode of an open challenge, if the cooldown since the last one has passed
   * and fewer than {@code maxSends} were sent: one conditional update, so concurrent "Resend" on
   * any nodes send at most what the limits allow.
   *
   * @param notSentAfter the last passcode must have been sent at or before this (now minus the
   *     cooldown)
   * @return whether the passcode may go out
   */
  public boolean recordSmsPasscode(
      String id,
      Long phoneId,
      String prefix,
      String hash,
      Instant now,
      Instant expiresAt,
      Instant notSentAfter,
      int maxSends) {
    return em.createQuery(
                "UPDATE LoginChallenge c SET c.smsPhoneId = :phone, c.smsPrefix = :prefix,"
                    + " c.smsPasscodeHash = :hash, c.smsSentAt = :now, c.smsExpiresAt = :expires,"
                    + " c.smsSends = c.smsSends + 1, c.version = c.version + 1"
                    + " WHERE c.id = :id AND c.state = :pending AND c.expiresAt > :now"
                    + " AND (c.smsSentAt IS NULL OR c.smsSentAt <= :notSentAfter)"
                    + " AND c.smsSends < :maxSends")
            .setParameter("phone", phoneId)
            .setParameter("prefix", prefix)
            .setParameter("hash", hash)
            .setParameter("now", now)
            .setParameter("expires", expiresAt)
            .setParameter("id", id)
            .setParameter("pending", ChallengeState.PENDING)
            .setParameter("notSentAfter", notSentAfter)
            .setParameter("maxSends", maxSends)
            .executeUpdate()
        == 1;
  }

  /** Ends every open challenge that offers SMS (Twilio was retired); returns how many. */
  public int revokeOpenWithSms() {
    return em.createQuery(
            "UPDATE LoginChallenge c SET c.state = :revoked, c.version = c.version + 1"
                + " WHERE c.state = :pending AND c.methods LIKE :sms")
        .setParameter("revoked", ChallengeState.REVOKED)
        .setParameter("pending", ChallengeState.PENDING)
        .setParameter("sms", "%SMS%")
        .executeUpdate();
  }

  /** Forgets the SMS passcode of every challenge (Twilio was retired); returns how many. */
  public int forgetSmsPasscodes() {
    return em.createQuery(
            "UPDATE LoginChallenge c SET c.smsPasscodeHash = NULL, c.smsPrefix = NULL,"
                + " c.smsPhoneId = NULL, c.version = c.version + 1"
                + " WHERE c.smsPasscodeHash IS NOT NULL")
        .executeUpdate();
  }

  /** Ends every open challenge of an account (it was locked); returns how many. */
  public int revokeOpenOf(Long accountId) {
    return em.createQuery(
            "UPDATE LoginChallenge c SET c.state = :revoked, c.version = c.version + 1"
                + " WHERE c.account.id = :account AND c.state = :pending")
        .setParameter("revoked", ChallengeState.REVOKED)
        .setParameter("account", accountId)
        .setParameter("pending", ChallengeState.PENDING)
        .executeUpdate();
  }

  /**
   * Ends the oldest open challenges of an account so that at most {@code keep} stay open.
   *
   * @return how many were ended
   */
  public int revokeOldestBeyond(Long accountId, int keep, Instant now) {
    var open =
        em.createQuery(
                "SELECT c.id FROM LoginChallenge c WHERE c.account.id = :account"
                    + " AND c.state = :pending AND c.expiresAt > :now ORDER BY c.createdAt DESC",
                String.class)
            .setParameter("account", accountId)
            .setParameter("pending", ChallengeState.PENDING)
            .setParameter("now", now)
            .getResultList();
    if (open.size() <= keep) {
      return 0;
    }
    return em.createQuery(
            "UPDATE LoginChallenge c SET c.state = :revoked, c.version = c.version + 1"
                + " WHERE c.id IN :ids AND c.state = :pending")
        .setParameter("revoked", ChallengeState.REVOKED)
        .setParameter("ids", open.subList(keep, open.size()))
        .setParameter("pending", ChallengeState.PENDING)
        .executeUpdate();
  }

  /** Deletes the challenges that expired before {@code cutoff}; returns how many. */
  public int deleteExpiredBefore(Instant cutoff) {
    return em.createQuery("DELETE FROM LoginChallenge c WHERE c.expiresAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
