package com.twofactor.bootstrap.control;

import com.twofactor.bootstrap.entity.InstallationKey;
import com.twofactor.bootstrap.entity.KeyFingerprint;
import com.twofactor.bootstrap.entity.KeyFingerprintRepository;
import com.twofactor.config.SecretCipher;
import com.twofactor.config.UnreadableSecretException;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Records the fingerprint of a key at first use, in a transaction of its own: when two nodes start
 * together, the primary key lets one insert and the other fails, to read the winner's afterwards.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KeyRecords {

  private static final int SECRETS_TRIED = 3;

  @Inject KeyFingerprintRepository fingerprints;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject TwilioSettingsRepository twilio;
  @Inject Clock clock;

  /** The fingerprint recorded for {@code key}, if one is. */
  public Optional<String> recorded(InstallationKey key) {
    return fingerprints.find(key).map(KeyFingerprint::fingerprint);
  }

  /**
   * Whether {@code cipher} decrypts the secrets already stored: the Twilio auth token, if one is
   * stored, and one of the newest device secrets, if there are any. A database from before key
   * fingerprints were recorded has no fingerprint to compare with; its stored secrets tell whether
   * this node's key is theirs before it is recorded. An upgraded install may hold no device yet,
   * only the imported Twilio auth token.
   */
  public boolean decryptsStoredSecrets(SecretCipher cipher) {
    if (!twilio.find().map(stored -> stored.authTokenReadableWith(cipher)).orElse(true)) {
      return false;
    }
    List<AuthenticatorDevice> newest = devices.newest(SECRETS_TRIED);
    if (newest.isEmpty()) {
      return true;
    }
    for (AuthenticatorDevice device : newest) {
      try {
        Arrays.fill(device.secret(cipher), (byte) 0);
        return true;
      } catch (UnreadableSecretException e) {
        // another key, or this one row altered: try the next
      }
    }
    return false;
  }

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
