package com.twofactor.passwords.control;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Argon2id (RFC 9106) in the PHC string format, computed by an {@link Argon2Kernel}: the reference
 * C implementation where it loads, Bouncy Castle elsewhere; both read and write the same strings.
 * OWASP's minimum is 19 MiB and 2 passes, or the equivalent 7 MiB and 5 passes that TwoFactor uses
 * by default to keep logins cheap on memory.
 */
public final class Argon2idAlgorithm implements PasswordHashAlgorithm {

  static final String ID = "argon2id";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final SecureRandom random;
  private final Argon2Kernel kernel;

  /** With the best kernel that runs here. */
  public Argon2idAlgorithm(int memoryKib, int iterations, int parallelism, SecureRandom random) {
    this(memoryKib, iterations, parallelism, random, Argon2Kernel.best());
  }

  public Argon2idAlgorithm(
      int memoryKib, int iterations, int parallelism, SecureRandom random, Argon2Kernel kernel) {
    if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException("Argon2id needs memory >= 8 x parallelism KiB, t >= 1");
    }
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.random = random;
    this.kernel = kernel;
  }

  /** Which implementation computes the hashes. */
  public String implementation() {
    return kernel.description();
  }

  @Override
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = kernel.derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
    Map<String, Integer> params = new LinkedHashMap<>();
    params.put("m", memoryKib);
    params.put("t", iterations);
    params.put("p", parallelism);
    return new PhcString(ID, params, salt, hash).encode("19");
  }

  @Override
  public boolean recognizes(String encoded) {
    return encoded.startsWith("$" + ID + "$");
  }

  @Override
  public boolean verify(char[] password, String encoded) {
    PhcString phc = PhcString.parse(encoded);
    byte[] actual =
        kernel.derive(
            password,
            phc.salt(),
            phc.params().get("m"),
            phc.params().get("t"),
            phc.params().get("p"),
            phc.hash().length);
    return MessageDigest.isEqual(actual, phc.hash());
  }

  @Override
  public boolean hasCurrentCost(String encoded) {
    Map<String, Integer> params = PhcString.parse(encoded).params();
    return params.get("m") == memoryKib
        && params.get("t") == iterations
        && params.get("p") == parallelism;
  }
}
