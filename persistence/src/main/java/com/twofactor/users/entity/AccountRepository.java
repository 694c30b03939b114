package com.twofactor.users.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Queries on all accounts. The failure budget of logins changes only through single conditional
 * UPDATE statements, so concurrent tries on any node are all counted and never exceed it.
 */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  /**
   * The account of a login name, of whatever kind, read in one statement: the account's table
   * joined to the table of each kind (EclipseLink otherwise first asks which kind it is; other
   * providers ignore the hint).
   */
  public Optional<Account> findByLoginName(String loginName) {
    return em.createQuery("SELECT a FROM Account a WHERE a.loginName = :name", Account.class)
        .setParameter("name", loginName)
        .setHint("eclipselink.inheritance.outer-join", Boolean.TRUE)
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
    return update(
            "UPDATE account SET failed_logins = failed_logins + 1 WHERE id = ?"
                + " AND failed_logins < ? AND (locked_until IS NULL OR locked_until <= ?)",
            accountId,
            maxFailures,
            utc(now))
        == 1;
  }

  /** A try that was right but did not finish the login yet (the password before its code). */
  public void giveBackTry(Long accountId) {
    update(
        "UPDATE account SET failed_logins = failed_logins - 1 WHERE id = ? AND failed_logins > 0",
        accountId);
  }

  /**
   * The try of a right password, still counted, carries over to a code sent with it: the count as
   * {@link #giveBackTry} and then {@link #takeTry} would leave it, in one conditional update.
   *
   * @return whether the code's try may go ahead; false (and nothing changed) while the account is
   *     locked
   */
  public boolean carryTryOver(Long accountId, int maxFailures, Instant now) {
    return update(
            "UPDATE account SET failed_logins = CASE WHEN failed_logins > 0 THEN failed_logins"
                + " ELSE 1 END WHERE id = ? AND failed_logins <= ?"
                + " AND (locked_until IS NULL OR locked_until <= ?)",
            accountId,
            maxFailures,
            utc(now))
        == 1;
  }

  /**
   * Locks the account when its budget is spent; the budget starts again after the lock.
   *
   * @return whether this call locked it
   */
  public boolean lockIfSpent(Long accountId, int maxFailures, Instant lockedUntil) {
    return update(
            "UPDATE account SET locked_until = ?, failed_logins = 0"
                + " WHERE id = ? AND failed_logins >= ?",
            utc(lockedUntil),
            accountId,
            maxFailures)
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
    update(
        "UPDATE account SET failed_logins = 0, locked_until = NULL"
            + " WHERE id = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
        accountId);
  }

  /**
   * The failure budget is changed in plain SQL, not JPQL: a JPQL bulk update also raises the
   * account's version, and the login's own changes to the account (a rehashed password, the client
   * it used) would then fail their optimistic check at commit.
   */
  private int update(String sql, Object... values) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    return query.executeUpdate();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
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
