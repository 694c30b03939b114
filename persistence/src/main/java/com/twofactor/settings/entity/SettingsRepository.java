package com.twofactor.settings.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Reads the settings row, which the first migration creates. */
@ApplicationScoped
public class SettingsRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public TwoFactorSettings twoFactor() {
    return em.find(TwoFactorSettings.class, TwoFactorSettings.ID);
  }

  /** The row, its version checked again at commit even when only read. */
  public TwoFactorSettings twoFactorForChange(long expectedVersion) {
    TwoFactorSettings settings =
        em.find(TwoFactorSettings.class, TwoFactorSettings.ID, LockModeType.OPTIMISTIC);
    if (settings.version() != expectedVersion) {
      throw new jakarta.persistence.OptimisticLockException(settings);
    }
    return settings;
  }

  /**
   * Writes a pending change now, so a concurrent change shows up as an {@link
   * jakarta.persistence.OptimisticLockException} here and not at commit.
   */
  public void flush() {
    em.flush();
  }

  /**
   * Records a successful Test of the given host, if it is still the registered one. The version is
   * left alone on purpose: a Test is no change of the settings, and an administrator who tests the
   * saved host and then saves other changes must not get a conflict with the Test.
   *
   * @return whether the host was still the registered one
   */
  public boolean recordSuccessfulHostTest(HostRegistration host, Instant at) {
    return em.createQuery(
                "UPDATE TwoFactorSettings s SET s.hostLastTestedAt = :at WHERE s.id = :id"
                    + " AND s.host.protocol = :protocol AND s.host.name = :name"
                    + " AND s.host.port = :port")
            .setParameter("at", at)
            .setParameter("id", TwoFactorSettings.ID)
            .setParameter("protocol", host.protocol())
            .setParameter("name", host.name())
            .setParameter("port", host.port())
            .executeUpdate()
        == 1;
  }
}
