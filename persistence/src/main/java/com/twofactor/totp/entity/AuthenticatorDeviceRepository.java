package com.twofactor.totp.entity;

import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Paired and pairing authenticator devices, and the replay guard on their codes. */
@ApplicationScoped
public class AuthenticatorDeviceRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  /**
   * Stores a new device, its secret encrypted for it: persisting assigns the id from the sequence,
   * which the encryption is bound to, and the rows are written when the transaction commits.
   */
  public void add(AuthenticatorDevice device) {
    em.persist(device);
    device.sealSecret();
  }

  /** The account's paired devices, oldest first. */
  public List<AuthenticatorDevice> pairedOf(Account account) {
    return em.createQuery(
            "SELECT d FROM AuthenticatorDevice d WHERE d.account = :account"
                + " AND d.pairedAt IS NOT NULL ORDER BY d.pairedAt, d.id",
            AuthenticatorDevice.class)
        .setParameter("account", account)
        .getResultList();
  }

  /**
   * The paired devices of many accounts in one query, for a page of a list: by login name, oldest
   * first. Accounts without a paired device are not in the map.
   */
  public Map<String, List<PairedDevice>> pairedByLoginName(Collection<String> loginNames) {
    if (loginNames.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT d.account.loginName, d.name, d.kind FROM AuthenticatorDevice d"
                + " WHERE d.account.loginName IN :names AND d.pairedAt IS NOT NULL"
                + " ORDER BY d.pairedAt, d.id",
            Object[].class)
        .setParameter("names", loginNames)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                row -> (String) row[0],
                LinkedHashMap::new,
                Collectors.mapping(
                    row -> new PairedDevice((String) row[1], (DeviceKind) row[2]),
                    Collectors.toList())));
  }

  /** How many devices of any kind the account has paired. */
  public long countPaired(Account account) {
    return em.createQuery(
            "SELECT COUNT(d) FROM AuthenticatorDevice d WHERE d.account = :account"
                + " AND d.pairedAt IS NOT NULL",
            Long.class)
        .setParameter("account", account)
        .getSingleResult();
  }

  /**
   * How many devices of each kind the account has paired, in one query; kinds without any absent.
   */
  public Map<DeviceKind, Long> countPairedByKind(Account account) {
    return em.createQuery(
            "SELECT d.kind, COUNT(d) FROM AuthenticatorDevice d WHERE d.account = :account"
                + " AND d.pairedAt IS NOT NULL GROUP BY d.kind",
            Object[].class)
        .setParameter("account", account)
        .getResultStream()
        .collect(Collectors.toMap(row -> (DeviceKind) row[0], row -> (Long) row[1]));
  }

  /** The account's paired devices of one kind, oldest first. */
  public List<AuthenticatorDevice> pairedOf(Account account, DeviceKind kind) {
    return em.createQuery(
            "SELECT d FROM AuthenticatorDevice d WHERE d.account = :account AND d.kind = :kind"
                + " AND d.pairedAt IS NOT NULL ORDER BY d.pairedAt, d.id",
            AuthenticatorDevice.class)
        .setParameter("account", account)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** The device was used now (a push approved). */
  public void touch(Long deviceId, Instant now) {
    em.createQuery(
            "UPDATE AuthenticatorDevice d SET d.lastUsedAt = :now, d.version = d.version + 1"
                + " WHERE d.id = :id")
        .setParameter("now", now)
        .setParameter("id", deviceId)
        .executeUpdate();
  }

  /** The most recently created devices, newest first, at most {@code limit}. */
  public List<AuthenticatorDevice> newest(int limit) {
    return em.createQuery(
            "SELECT d FROM AuthenticatorDevice d ORDER BY d.id DESC", AuthenticatorDevice.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public Optional<AuthenticatorDevice> find(Long id) {
    return Optional.ofNullable(em.find(AuthenticatorDevice.class, id));
  }

  /** The device being paired as part of a login's setup step. */
  public Optional<AuthenticatorDevice> pendingForChallenge(String challengeId) {
    return em.createQuery(
            "SELECT d FROM AuthenticatorDevice d WHERE d.pairingChallengeId = :challenge"
                + " AND d.pairedAt IS NULL ORDER BY d.id DESC",
            AuthenticatorDevice.class)
        .setParameter("challenge", challengeId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Records that step {@code step} of a device was used, inserting the row whose primary key
   * forbids a second use; flushed at once, so a second use fails here with a unique-key violation
   * (SQL state 23…), on this node or any other.
   */
  public void spendStep(Long deviceId, long step, Instant now) {
    em.persist(new UsedStep(deviceId, step, now));
    em.flush();
  }

  /** The device's last accepted step moves forward (never back), with its last use. */
  public void recordUse(Long deviceId, long step, Instant now) {
    em.createQuery(
            "UPDATE AuthenticatorDevice d SET d.lastAcceptedStep = :step, d.lastUsedAt = :now,"
                + " d.version = d.version + 1 WHERE d.id = :id"
                + " AND (d.lastAcceptedStep IS NULL OR d.lastAcceptedStep < :step)")
        .setParameter("step", step)
        .setParameter("now", now)
        .setParameter("id", deviceId)
        .executeUpdate();
  }

  /** Forgets used steps older than {@code cutoff}: far outside any window, they cannot match. */
  public int deleteUsedStepsBefore(Instant cutoff) {
    return em.createQuery("DELETE FROM UsedStep u WHERE u.usedAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  public void remove(AuthenticatorDevice device) {
    em.remove(device);
  }

  /** Removes every device of the account, paired or pending; returns how many. */
  public int removeAllOf(Account account) {
    List<AuthenticatorDevice> devices =
        em.createQuery(
                "SELECT d FROM AuthenticatorDevice d WHERE d.account = :account",
                AuthenticatorDevice.class)
            .setParameter("account", account)
            .getResultList();
    devices.forEach(em::remove);
    return devices.size();
  }

  /** Forgets pairings never finished before {@code cutoff}. */
  public int deleteUnfinishedBefore(Instant cutoff) {
    List<AuthenticatorDevice> stale =
        em.createQuery(
                "SELECT d FROM AuthenticatorDevice d WHERE d.pairedAt IS NULL"
                    + " AND d.createdAt < :cutoff",
                AuthenticatorDevice.class)
            .setParameter("cutoff", cutoff)
            .getResultList();
    stale.forEach(em::remove);
    return stale.size();
  }
}
