package com.twofactor.passwords.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Argon2KernelTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static boolean linuxX8664() {
    return System.getProperty("os.name").startsWith("Linux")
        && System.getProperty("os.arch").equals("amd64");
  }

  @Test
  void theNativeLibraryLoadsOnLinuxX8664() {
    assumeTrue(linuxX8664(), "argon2-jvm bundles the library for this platform");

    assertThat(Argon2Kernel.best()).isInstanceOf(NativeArgon2.class);
    assertThat(Argon2Kernel.best().description()).contains("native");
  }

  @Test
  void nativeAndJavaVerifyEachOthersPhcStrings() {
    Argon2Kernel nativeKernel = Argon2Kernel.best();
    assumeTrue(nativeKernel instanceof NativeArgon2, "the native library loads here");
    var byNative = new Argon2idAlgorithm(7168, 5, 1, RANDOM, nativeKernel);
    var byJava = new Argon2idAlgorithm(7168, 5, 1, RANDOM, Argon2Kernel.java());

    String madeNatively = byNative.hash("pässword ✓".toCharArray());
    String madeInJava = byJava.hash("pässword ✓".toCharArray());

    assertThat(madeNatively).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
    assertThat(byJava.verify("pässword ✓".toCharArray(), madeNatively)).isTrue();
    assertThat(byNative.verify("pässword ✓".toCharArray(), madeInJava)).isTrue();
    assertThat(byJava.verify("passwörd ✓".toCharArray(), madeNatively)).isFalse();
    assertThat(byNative.verify("passwörd ✓".toCharArray(), madeInJava)).isFalse();
  }

  /** RFC 9106 has no test vector without secret and associated data; the reference CLI does. */
  @Test
  void bothMatchTheReferenceImplementationsOutput() {
    // echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 (the reference's own test)
    String reference =
        "$argon2id$v=19$m=65536,t=2,p=1$"
            + Base64.getEncoder().withoutPadding().encodeToString("somesalt".getBytes())
            + "$"
            + Base64.getEncoder()
                .withoutPadding()
                .encodeToString(
                    HexFormat.of()
                        .parseHex(
                            "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"));
    var byJava = new Argon2idAlgorithm(65536, 2, 1, RANDOM, Argon2Kernel.java());
    var best = new Argon2idAlgorithm(65536, 2, 1, RANDOM, Argon2Kernel.best());

    assertThat(byJava.verify("password".toCharArray(), reference)).isTrue();
    assertThat(best.verify("password".toCharArray(), reference)).isTrue();
  }
}
