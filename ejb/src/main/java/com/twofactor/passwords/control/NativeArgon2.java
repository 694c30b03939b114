package com.twofactor.passwords.control;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Argon2id by the reference C implementation, through {@code de.mkammerer:argon2-jvm} (which
 * bundles the library for Linux, macOS and Windows on common processors) and JNA. The 7 MiB of a
 * hash live outside the Java heap and are freed at once.
 */
final class NativeArgon2 implements Argon2Kernel {

  private static final Logger LOG = Logger.getLogger(NativeArgon2.class.getName());

  private final Argon2Advanced argon2;

  private NativeArgon2(Argon2Advanced argon2) {
    this.argon2 = argon2;
  }

  /**
   * The native kernel, when its library loads and computes the same bytes as Bouncy Castle for a
   * small known input; empty otherwise (the reason logged).
   */
  static Optional<Argon2Kernel> load() {
    try {
      NativeArgon2 kernel = new NativeArgon2(Argon2Factory.createAdvanced(Argon2Types.ARGON2id));
      char[] password = "known answer".toCharArray();
      byte[] salt = "sixteen byte salt".getBytes(StandardCharsets.US_ASCII);
      byte[] expected = new BouncyCastleArgon2().derive(password, salt, 64, 2, 1, 32);
      if (!MessageDigest.isEqual(expected, kernel.derive(password, salt, 64, 2, 1, 32))) {
        LOG.warning("The native Argon2 library computes other bytes than Bouncy Castle; unused");
        return Optional.empty();
      }
      return Optional.of(kernel);
    } catch (LinkageError | RuntimeException e) {
      LOG.log(Level.INFO, "The native Argon2 library does not load here: {0}", String.valueOf(e));
      return Optional.empty();
    }
  }

  @Override
  public String description() {
    return "the reference C implementation (native, "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch")
        + ")";
  }

  @Override
  public byte[] derive(
      char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    return argon2.pbkdf(
        iterations, memoryKib, parallelism, password, StandardCharsets.UTF_8, salt, length);
  }
}
