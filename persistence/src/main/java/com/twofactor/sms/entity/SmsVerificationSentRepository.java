package com.twofactor.sms.entity;

import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The verification SMS sent for each account, as far back as the per-account bound looks. */
@ApplicationScoped
public class SmsVerificationSentRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  /**
   * When the SMS sent for the account since {@code from} went out, oldest first. The account's row
   * is locked until the transaction ends, so two requests for one account count one after the
   * other, on any node.
   */
  public List<Instant> sentSince(Long accountId, Instant from) {
    em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    return em.createQuery(
            "SELECT s.sentAt FROM SmsVerificationSent s"
                + " WHERE s.accountId = :account AND s.sentAt > :from ORDER BY s.sentAt",
            Instant.class)
        .setParameter("account", accountId)
        .setParameter("from", from)
        .getResultList();
  }

  /** Records one more SMS of the account, and forgets those of anyone older than {@code before}. */
  public void record(Long accountId, Instant at, Instant before) {
    em.createQuery("DELETE FROM SmsVerificationSent s WHERE s.sentAt <= :before")
        .setParameter("before", before)
        .executeUpdate();
    em.persist(new SmsVerificationSent(accountId, at));
  }

  /** Forgets them all, with Twilio. */
  public void deleteAll() {
    em.createQuery("DELETE FROM SmsVerificationSent s").executeUpdate();
  }
}
