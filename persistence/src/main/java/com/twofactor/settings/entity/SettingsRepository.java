package com.twofactor.settings.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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
}
