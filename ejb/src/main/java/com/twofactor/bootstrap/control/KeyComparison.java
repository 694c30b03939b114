package com.twofactor.bootstrap.control;

import com.twofactor.bootstrap.entity.InstallationKey;
import java.util.Objects;

/**
 * This node's fingerprint of a key beside the one the database was first used with, and what an
 * operator reads when they differ: which key, why it matters, and how to give this node the same
 * key. Fingerprints reveal nothing of the keys, so they may be shown.
 */
public record KeyComparison(InstallationKey key, String recorded, String current) {

  private static final int SHOWN_DIGITS = 16;

  public KeyComparison {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(current, "current");
  }

  public boolean differs() {
    return !recorded.equals(current);
  }

  /** Why this node refuses to start, for the log. */
  public String refusal() {
    return switch (key) {
      case SECRETS ->
          "This node's secrets key (fingerprint "
              + shown(current)
              + ") is not the key this database was first used with (fingerprint "
              + shown(recorded)
              + "): it cannot read the TOTP secrets the other nodes stored. Give every node the"
              + " same key file (twofactor.secrets.key-file, TWOFACTOR_SECRETS_KEY_FILE) as the"
              + " first node: a copy of its configured key file, or of secrets.key in its data"
              + " folder. See README, Security, Keys.";
      case TOKEN_SIGNING ->
          "This node's token signing key (fingerprint "
              + shown(current)
              + ") is not the key this database was first used with (fingerprint "
              + shown(recorded)
              + "): the other nodes would refuse its tokens and it theirs. Give every node the"
              + " same key files (twofactor.jwt.private-key-file and"
              + " twofactor.jwt.public-key-file, TWOFACTOR_JWT_PRIVATE_KEY_FILE and"
              + " TWOFACTOR_JWT_PUBLIC_KEY_FILE) as the first node: copies of its configured PEM"
              + " files, or of jwt-signing-key.pem and jwt-verification-key.pem in its data"
              + " folder. See README, Security, Keys.";
    };
  }

  /**
   * Why a node refuses to start when no secrets key is recorded yet (a database from before key
   * fingerprints were recorded) and its key does not decrypt the secrets already stored.
   */
  public static String storedSecretsUnreadable(String current) {
    return "This node's secrets key (fingerprint "
        + shown(current)
        + ") does not decrypt the secrets this database already holds (TOTP secrets, the Twilio"
        + " auth token), so it is not the key"
        + " they were stored with. Give this node the same key file (twofactor.secrets.key-file,"
        + " TWOFACTOR_SECRETS_KEY_FILE) as the node that stored them: a copy of its configured key"
        + " file, or of secrets.key in its data folder. See README, Security, Keys.";
  }

  private static String shown(String fingerprint) {
    return fingerprint.substring(0, Math.min(SHOWN_DIGITS, fingerprint.length()));
  }
}
