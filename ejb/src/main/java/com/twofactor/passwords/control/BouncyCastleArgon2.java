package com.twofactor.passwords.control;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id by Bouncy Castle, in Java: the implementation that runs everywhere. */
final class BouncyCastleArgon2 implements Argon2Kernel {

  @Override
  public String description() {
    return "Bouncy Castle (Java)";
  }

  @Override
  public byte[] derive(
      char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    var parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .build();
    var generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    // Bouncy Castle encodes the characters as UTF-8, as the native kernel is told to.
    generator.generateBytes(password, out);
    return out;
  }
}
