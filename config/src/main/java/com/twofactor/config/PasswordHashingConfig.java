package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
}
