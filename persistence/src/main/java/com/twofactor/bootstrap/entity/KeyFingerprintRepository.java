package com.twofactor.bootstrap.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The recorded key fingerprints. */
@ApplicationScoped
public class KeyFingerprintRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Optional<KeyFingerprint> find(InstallationKey key) {
    return Optional.ofNullable(em.find(KeyFingerprint.class, key.name()));
  }

  /**
   * Records a fingerprint, flushed at once: when another node recorded one for the same key first,
   * this fails here with a unique-key violation (SQL state 23…).
   */
  public void add(KeyFingerprint fingerprint) {
    em.persist(fingerprint);
    em.flush();
  }
}
