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

  /**
   * Records one more SMS of the account, and forgets the account's own that are older than {@code
   * before}: only rows under the lock this send holds, so one account's send never waits on or
   * deletes another's. Accounts that send no more are left to {@link #deleteSentBefore}.
   */
  public void record(Long accountId, Instant at, Instant before) {
    em.createQuery(
            "DELETE FROM SmsVerificationSent s"
                + " WHERE s.accountId = :account AND s.sentAt <= :before")
        .setParameter("account", accountId)
        .setParameter("before", before)
        .executeUpdate();
    em.persist(new SmsVerificationSent(accountId, at));
  }

  /**
   * Forgets every account's SMS sent at or before {@code before}.
   *
   * @return how many were forgotten
   */
  public int deleteSentBefore(Instant before) {
    return em.createQuery("DELETE FROM SmsVerificationSent s WHERE s.sentAt <= :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  /** Forgets them all, with Twilio. */
  public void deleteAll() {
    em.createQuery("DELETE FROM SmsVerificationSent s").executeUpdate();
  }
}
