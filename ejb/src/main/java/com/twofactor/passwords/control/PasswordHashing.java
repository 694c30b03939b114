package com.twofactor.passwords.control;

import com.twofactor.config.PasswordHashingConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;

/**
 * Hashes new passwords with the configured algorithm and verifies hashes made by any supported one.
 * Verifying against an unknown account costs the same as against a real one, so response time does
 * not tell whether a login name exists.
 */
@ApplicationScoped
public class PasswordHashing {

  @Inject PasswordHashingConfig config;

  private PasswordHashAlgorithm current;
  private List<PasswordHashAlgorithm> known;
  private String decoy;

  public PasswordHashing() {}

  /** For use outside a container. */
  public PasswordHashing(PasswordHashAlgorithm current, PasswordHashAlgorithm... others) {
    this.current = current;
    this.known = concat(current, others);
    this.decoy = current.hash("decoy password".toCharArray());
  }

  @PostConstruct
  void init() {
    SecureRandom random = new SecureRandom();
    var argon2 =
        new Argon2idAlgorithm(
            config.argon2MemoryKib(),
            config.argon2Iterations(),
            config.argon2Parallelism(),
            random);
    var pbkdf2 = new Pbkdf2Sha512Algorithm(config.pbkdf2Iterations(), random);
    this.current = config.algorithm() == PasswordHashingConfig.Algorithm.ARGON2ID ? argon2 : pbkdf2;
    this.known = List.of(argon2, pbkdf2);
    this.decoy = current.hash("decoy password".toCharArray());
  }

  public String hash(char[] password) {
    return current.hash(password);
  }

  /** Whether the password matches; false for a hash of no supported algorithm. */
  public boolean verify(char[] password, String encoded) {
    return known.stream()
        .filter(algorithm -> algorithm.recognizes(encoded))
        .findFirst()
        .map(algorithm -> algorithm.verify(password, encoded))
        .orElse(false);
  }

  /** Spends the time of one verification, for a login name that does not exist. */
  public void verifyDecoy(char[] password) {
    current.verify(password, decoy);
  }

  /** Whether a hash should be replaced, after a successful login, by one with current settings. */
  public boolean needsUpgrade(String encoded) {
    return !current.recognizes(encoded) || !current.hasCurrentCost(encoded);
  }

  private static List<PasswordHashAlgorithm> concat(
      PasswordHashAlgorithm first, PasswordHashAlgorithm... others) {
    var all = new java.util.ArrayList<PasswordHashAlgorithm>();
    all.add(first);
    all.addAll(List.of(others));
    return List.copyOf(all);
  }
}
