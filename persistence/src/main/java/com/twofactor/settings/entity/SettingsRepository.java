package com.twofactor.settings.entity;

import com.twofactor.shared.entity.InstantColumnConverter;
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
   * saved host and then saves other changes must not get a conflict with the Test. Native SQL,
   * because EclipseLink raises the version in a JPQL bulk update.
   *
   * @return whether the host was still the registered one
   */
  public boolean recordSuccessfulHostTest(HostRegistration host, Instant at) {
    return em.createNativeQuery(
                "UPDATE two_factor_settings SET host_last_tested_at = ?1 WHERE id = ?2"
                    + " AND host_protocol = ?3 AND host_name = ?4 AND host_port = ?5")
            .setParameter(1, new InstantColumnConverter().convertToDatabaseColumn(at))
            .setParameter(2, TwoFactorSettings.ID)
            .setParameter(3, host.protocol().name())
            .setParameter(4, host.name())
            .setParameter(5, host.port())
            .executeUpdate()
        == 1;
  }
}
