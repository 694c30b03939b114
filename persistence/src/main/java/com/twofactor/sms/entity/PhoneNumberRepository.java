package com.twofactor.sms.entity;

import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The phone numbers of accounts. */
@ApplicationScoped
public class PhoneNumberRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  /** Adds a number; the unique key of account and number refuses a second row, on any node. */
  public void add(PhoneNumber phone) {
    em.persist(phone);
    em.flush();
  }

  public Optional<PhoneNumber> find(Long id) {
    return Optional.ofNullable(em.find(PhoneNumber.class, id));
  }

  /** The number, its row locked for the passcode check that follows. */
  public Optional<PhoneNumber> findLocked(Long id) {
    return Optional.ofNullable(em.find(PhoneNumber.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<PhoneNumber> findOf(Account account, String e164) {
    return em.createQuery(
            "SELECT p FROM PhoneNumber p WHERE p.account = :account AND p.e164 = :e164",
            PhoneNumber.class)
        .setParameter("account", account)
        .setParameter("e164", e164)
        .getResultStream()
        .findFirst();
  }

  public List<PhoneNumber> of(Account account) {
    return em.createQuery(
            "SELECT p FROM PhoneNumber p WHERE p.account = :account ORDER BY p.createdAt, p.id",
            PhoneNumber.class)
        .setParameter("account", account)
        .getResultList();
  }

  public List<PhoneNumber> verifiedOf(Account account) {
    return em.createQuery(
            "SELECT p FROM PhoneNumber p WHERE p.account = :account AND p.verified = TRUE"
                + " ORDER BY p.createdAt, p.id",
            PhoneNumber.class)
        .setParameter("account", account)
        .getResultList();
  }

  public long countVerified(Account account) {
    return em.createQuery(
            "SELECT COUNT(p) FROM PhoneNumber p WHERE p.account = :account AND p.verified = TRUE",
            Long.class)
        .setParameter("account", account)
        .getSingleResult();
  }

  /** The login names among {@code loginNames} that have a verified number. */
  public List<String> withVerifiedNumber(List<String> loginNames) {
    if (loginNames.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT p.account.loginName FROM PhoneNumber p"
                + " WHERE p.verified = TRUE AND p.account.loginName IN :names",
            String.class)
        .setParameter("names", loginNames)
        .getResultList();
  }

  public void remove(PhoneNumber phone) {
    em.remove(phone);
  }

  /** Deletes every phone number of every account; returns how many. */
  public int deleteAll() {
    return em.createQuery("DELETE FROM PhoneNumber p").executeUpdate();
  }
}
