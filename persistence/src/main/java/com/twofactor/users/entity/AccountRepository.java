package com.twofactor.users.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Queries on all accounts. The failure budget of logins changes only through single conditional
 * UPDATE statements, so concurrent tries on any node are all counted and never exceed it.
 */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Optional<Account> findByLoginName(String loginName) {
    return em.createQuery("SELECT a FROM Account a WHERE a.loginName = :name", Account.class)
        .setParameter("name", loginName)
        .getResultStream()
        .findFirst();
  }

  public boolean existsByLoginName(String loginName) {
    return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.loginName = :name", Long.class)
            .setParameter("name", loginName)
            .getSingleResult()
        > 0;
  }

  /**
   * Takes one try from the account's failure budget before a password or a code is checked: one
   * conditional update, so of any number of concurrent tries on any nodes at most {@code
   * maxFailures} get through, and none while the account is locked.
   *
   * @return whether the try may go ahead
   */
  public boolean takeTry(Long accountId, int maxFailures, Instant now) {
    return em.createQuery(
                "UPDATE Account a SET a.failedLogins = a.failedLogins + 1"
                    + " WHERE a.id = :id AND a.failedLogins < :max"
                    + " AND (a.lockedUntil IS NULL OR a.lockedUntil <= :now)")
            .setParameter("id", accountId)
            .setParameter("max", maxFailures)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** A try that was right but did not finish the login yet (the password before its code). */
  public void giveBackTry(Long accountId) {
    em.createQuery(
            "UPDATE Account a SET a.failedLogins = a.failedLogins - 1"
                + " WHERE a.id = :id AND a.failedLogins > 0")
        .setParameter("id", accountId)
        .executeUpdate();
  }

  /**
   * Locks the account when its budget is spent; the budget starts again after the lock.
   *
   * @return whether this call locked it
   */
  public boolean lockIfSpent(Long accountId, int maxFailures, Instant lockedUntil) {
    return em.createQuery(
                "UPDATE Account a SET a.lockedUntil = :until, a.failedLogins = 0"
                    + " WHERE a.id = :id AND a.failedLogins >= :max")
            .setParameter("until", lockedUntil)
            .setParameter("id", accountId)
            .setParameter("max", maxFailures)
            .executeUpdate()
        == 1;
  }

  /** The account's lock as the database has it now, not as this transaction first read it. */
  public Optional<Instant> currentLock(Long accountId) {
    return em.createQuery("SELECT a.lockedUntil FROM Account a WHERE a.id = :id", Instant.class)
        .setParameter("id", accountId)
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** A completed login: the whole budget again, and any lock gone. */
  public void resetFailures(Long accountId) {
    em.createQuery(
            "UPDATE Account a SET a.failedLogins = 0, a.lockedUntil = NULL"
                + " WHERE a.id = :id AND (a.failedLogins <> 0 OR a.lockedUntil IS NOT NULL)")
        .setParameter("id", accountId)
        .executeUpdate();
  }

  /**
   * Locks the account's row until the transaction ends, so that what is decided per account (such
   * as how many logins of it are open) is decided by one login at a time, on any node.
   */
  public void lockRow(Long accountId) {
    em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
        .setParameter(1, accountId)
        .getResultList();
  }
}
