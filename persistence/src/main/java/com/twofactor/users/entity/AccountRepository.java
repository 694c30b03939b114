package com.twofactor.users.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Queries on all accounts. The login-failure counter changes through single UPDATE statements, so
 * concurrent failed logins on any node are all counted.
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
   * Counts one more consecutive failure and locks the account when it reaches {@code maxFailures};
   * the counter starts again after a lock.
   *
   * @return whether this failure locked the account
   */
  public boolean recordFailedLogin(Long accountId, int maxFailures, Instant lockedUntil) {
    em.createQuery("UPDATE Account a SET a.failedLogins = a.failedLogins + 1 WHERE a.id = :id")
        .setParameter("id", accountId)
        .executeUpdate();
    return em.createQuery(
                "UPDATE Account a SET a.lockedUntil = :until, a.failedLogins = 0"
                    + " WHERE a.id = :id AND a.failedLogins >= :max")
            .setParameter("until", lockedUntil)
            .setParameter("id", accountId)
            .setParameter("max", maxFailures)
            .executeUpdate()
        == 1;
  }

  /** A successful login ends the run of failures and any expired lock. */
  public void recordSuccessfulLogin(Long accountId) {
    em.createQuery(
            "UPDATE Account a SET a.failedLogins = 0, a.lockedUntil = NULL"
                + " WHERE a.id = :id AND (a.failedLogins <> 0 OR a.lockedUntil IS NOT NULL)")
        .setParameter("id", accountId)
        .executeUpdate();
  }

  /**
   * The security stamp of an account that may still work, read from the database (never from the
   * shared cache, which another node's change would not reach); empty when the account is gone or
   * disabled.
   */
  public Optional<String> findCurrentSecurityStamp(String loginName) {
    return em.createQuery(
            "SELECT a.securityStamp FROM Account a"
                + " WHERE a.loginName = :name AND a.disabled = FALSE",
            String.class)
        .setParameter("name", loginName)
        .getResultStream()
        .findFirst();
  }
}
