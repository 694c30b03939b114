package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Algorithm and cost of password hashing (OWASP Password Storage Cheat Sheet defaults). */
@ApplicationScoped
public class PasswordHashingConfig {

  /** The algorithms a provider may choose. */
  public enum Algorithm {
    ARGON2ID,
    PBKDF2_SHA512
  }

  @Inject
  @ConfigProperty(name = "twofactor.password.algorithm")
  Algorithm algorithm;

  @Inject
  @ConfigProperty(name = "twofactor.password.argon2.memory-kib")
  int argon2MemoryKib;

  @Inject
  @ConfigProperty(name = "twofactor.password.argon2.iterations")
  int argon2Iterations;

  @Inject
  @ConfigProperty(name = "twofactor.password.argon2.parallelism")
  int argon2Parallelism;

  @Inject
  @ConfigProperty(name = "twofactor.password.pbkdf2.iterations")
  int pbkdf2Iterations;

  @Inject
  @ConfigProperty(name = "twofactor.password.argon2.native")
  boolean argon2Native;

  @Inject
  @ConfigProperty(name = "twofactor.password.concurrency")
  int concurrency;

  @Inject
  @ConfigProperty(name = "twofactor.password.queue")
  int queue;

  @Inject
  @ConfigProperty(name = "twofactor.password.queue-wait")
  Duration queueWait;

  public Algorithm algorithm() {
    return algorithm;
  }

  public int argon2MemoryKib() {
    return argon2MemoryKib;
  }

  public int argon2Iterations() {
    return argon2Iterations;
  }

  public int argon2Parallelism() {
    return argon2Parallelism;
  }

  public int pbkdf2Iterations() {
    return pbkdf2Iterations;
  }

  /** Whether Argon2 uses the reference C implementation where it loads (else Bouncy Castle). */
  public boolean argon2Native() {
    return argon2Native;
  }

  /** Password hashes computed at once; 0 for one per core. */
  public int concurrency() {
    return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
  }

  /** Logins that may wait for a hash; more are refused with 503 at once. */
  public int queue() {
    return queue;
  }

  /** How long a login waits for a hash before it is refused with 503. */
  public Duration queueWait() {
    return queueWait;
  }
}
