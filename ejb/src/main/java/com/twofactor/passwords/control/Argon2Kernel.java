package com.twofactor.passwords.control;

/**
 * The Argon2id function itself (RFC 9106, version 0x13), password encoded as UTF-8: the raw output
 * for a salt and cost. Two implementations compute the same bytes: the reference C code where its
 * native library loads, and Bouncy Castle's Java everywhere.
 */
public interface Argon2Kernel {

  /** Says which implementation this is, for the log at start. */
  String description();

  byte[] derive(
      char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length);

  /** Bouncy Castle's pure-Java Argon2: runs everywhere, about 1.5 times the native cost. */
  static Argon2Kernel java() {
    return new BouncyCastleArgon2();
  }

  /**
   * The reference C implementation (through {@code de.mkammerer:argon2-jvm} and JNA) when its
   * library loads on this platform and agrees with Bouncy Castle on a known input, else Bouncy
   * Castle's.
   */
  static Argon2Kernel best() {
    return NativeArgon2.load().orElseGet(BouncyCastleArgon2::new);
  }
}
