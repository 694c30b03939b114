package com.twofactor.bootstrap.control;

import com.twofactor.bootstrap.entity.InstallationKey;
import com.twofactor.bootstrap.entity.KeyFingerprint;
import com.twofactor.bootstrap.entity.KeyFingerprintRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Records the fingerprint of a key at first use, in a transaction of its own: when two nodes start
 * together, the primary key lets one insert and the other fails, to read the winner's afterwards.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KeyRecords {

  @Inject KeyFingerprintRepository fingerprints;
  @Inject Clock clock;

  /**
   * The fingerprint on record for {@code key}: the one recorded earlier, or {@code fingerprint},
   * recorded now.
   *
   * @throws jakarta.ejb.EJBException when another node recorded one at the same moment; ask again
   */
  public String recordIfAbsent(InstallationKey key, String fingerprint) {
    return fingerprints
        .find(key)
        .map(KeyFingerprint::fingerprint)
        .orElseGet(
            () -> {
              fingerprints.add(KeyFingerprint.record(key, fingerprint, clock.instant()));
              return fingerprint;
            });
  }
}
