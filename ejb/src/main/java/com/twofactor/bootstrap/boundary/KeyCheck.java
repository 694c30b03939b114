package com.twofactor.bootstrap.boundary;

import com.twofactor.bootstrap.control.KeyComparison;
import com.twofactor.bootstrap.control.KeyRecords;
import com.twofactor.bootstrap.entity.InstallationKey;
import com.twofactor.config.SecretCipher;
import com.twofactor.config.SigningKeys;
import com.twofactor.config.TokenConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Makes sure this node holds the keys the database was first used with, before anything else uses
 * them: the key that encrypts stored secrets and the key pair that signs tokens. The first node to
 * start records their fingerprints; a node started with other keys refuses to start, its deployment
 * fails and the log says which key differs and what to do, instead of logins failing on that node
 * later. The keys are read (or generated) here, so a missing or malformed key file stops the start
 * as well. A database from before fingerprints were recorded has none to compare with: there the
 * secrets key must first decrypt the secrets already stored.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyCheck {

  private static final Logger LOG = Logger.getLogger(KeyCheck.class.getName());

  @EJB KeyRecords records;
  @Inject TokenConfig tokens;

  @PostConstruct
  void compareWithTheFirstNode() {
    SecretCipher cipher = read("secrets key", SecretCipher::fromConfig);
    SigningKeys signing = read("token signing key", tokens::keys);
    if (records.recorded(InstallationKey.SECRETS).isEmpty()
        && !records.decryptsStoredSecrets(cipher)) {
      // A database from before fingerprints were recorded: its secrets tell whose key it is.
      throw refusal(KeyComparison.storedSecretsUnreadable(cipher.fingerprint()));
    }
    List<String> refusals =
        Stream.of(
                compare(InstallationKey.SECRETS, cipher.fingerprint()),
                compare(InstallationKey.TOKEN_SIGNING, signing.fingerprint()))
            .filter(KeyComparison::differs)
            .map(KeyComparison::refusal)
            .toList();
    if (!refusals.isEmpty()) {
      throw refusal(String.join("\n", refusals));
    }
    LOG.info("This node holds the secrets key and the token signing key of this database");
  }

  private static <T> T read(String what, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (RuntimeException e) {
      throw refusal("Cannot read the " + what + ": " + e.getMessage());
    }
  }

  private KeyComparison compare(InstallationKey key, String current) {
    String recorded;
    try {
      recorded = records.recordIfAbsent(key, current);
    } catch (EJBException e) {
      // Another node recorded its fingerprint at the same moment: compare with that one.
      recorded = records.recordIfAbsent(key, current);
    }
    return new KeyComparison(key, recorded, current);
  }

  /** Logs why this node does not start, and fails the start with that reason. */
  private static IllegalStateException refusal(String reason) {
    String message = "TwoFactor does not start on this node. " + reason;
    LOG.severe(message);
    return new IllegalStateException(message);
  }
}
