package com.twofactor.recovery.entity;

import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The recovery codes of accounts; a code is spent by one conditional UPDATE. */
@ApplicationScoped
public class RecoveryCodeRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public void add(RecoveryCode code) {
    em.persist(code);
  }

  /** Voids every code of the account, used or not. */
  public int removeAllOf(Account account) {
    return em.createQuery("DELETE FROM RecoveryCode r WHERE r.account = :account")
        .setParameter("account", account)
        .executeUpdate();
  }

  public long countUnused(Account account) {
    return em.createQuery(
            "SELECT COUNT(r) FROM RecoveryCode r WHERE r.account = :account AND r.usedAt IS NULL",
            Long.class)
        .setParameter("account", account)
        .getSingleResult();
  }

  /**
   * Marks the account's unused code with this hash as used, if there is one. The database lets
   * exactly one of several concurrent requests change the row.
   *
   * @return whether this call spent the code
   */
  public boolean spend(Long accountId, byte[] codeHash, Instant now) {
    return em.createQuery(
                "UPDATE RecoveryCode r SET r.usedAt = :now WHERE r.account.id = :account"
                    + " AND r.codeHash = :hash AND r.usedAt IS NULL")
            .setParameter("now", now)
            .setParameter("account", accountId)
            .setParameter("hash", RecoveryCode.hex(codeHash))
            .executeUpdate()
        == 1;
  }
}
