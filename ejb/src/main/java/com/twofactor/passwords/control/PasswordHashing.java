package com.twofactor.passwords.control;

import com.twofactor.config.PasswordHashingConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Hashes new passwords with the configured algorithm and verifies hashes made by any supported one.
 * Verifying against an unknown account costs the same as against a real one, so response time does
 * not tell whether a login name exists. At most a few hashes run at once ({@link HashingGate}).
 */
@ApplicationScoped
public class PasswordHashing {

  private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

  @Inject PasswordHashingConfig config;

  private PasswordHashAlgorithm current;
  private List<PasswordHashAlgorithm> known;
  private String decoy;
  private HashingGate gate;

  public PasswordHashing() {}

  /** For use outside a container: one hash per core, a short queue. */
  public PasswordHashing(PasswordHashAlgorithm current, PasswordHashAlgorithm... others) {
    this.gate =
        new HashingGate(Runtime.getRuntime().availableProcessors(), 16, Duration.ofSeconds(2));
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
            random,
            config.argon2Native() ? Argon2Kernel.best() : Argon2Kernel.java());
    var pbkdf2 = new Pbkdf2Sha512Algorithm(config.pbkdf2Iterations(), random);
    this.current = config.algorithm() == PasswordHashingConfig.Algorithm.ARGON2ID ? argon2 : pbkdf2;
    this.known = List.of(argon2, pbkdf2);
    this.decoy = current.hash("decoy password".toCharArray());
    this.gate = new HashingGate(config.concurrency(), config.queue(), config.queueWait());
    LOG.info(
        () ->
            "Password hashing: "
                + config.algorithm()
                + ", Argon2id by "
                + argon2.implementation()
                + "; at most "
                + gate.permits()
                + " at once, "
                + gate.queueLength()
                + " waiting");
  }

  /**
   * A place for this thread's next hash, taken before a login commits to anything: 503 ({@link
   * com.twofactor.shared.boundary.ServiceBusyException}) now rather than after a try is counted.
   */
  public HashingGate.Ticket admit() {
    return gate.admit();
  }

  public String hash(char[] password) {
    return gate.hashing(() -> current.hash(password));
  }

  /** Whether the password matches; false for a hash of no supported algorithm. */
  public boolean verify(char[] password, String encoded) {
    return known.stream()
        .filter(algorithm -> algorithm.recognizes(encoded))
        .findFirst()
        .map(algorithm -> gate.hashing(() -> algorithm.verify(password, encoded)))
        .orElse(false);
  }

  /** Spends the time of one verification, for a login name that does not exist. */
  public void verifyDecoy(char[] password) {
    gate.hashing(() -> current.verify(password, decoy));
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
