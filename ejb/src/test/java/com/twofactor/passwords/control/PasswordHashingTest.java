package com.twofactor.passwords.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final Argon2idAlgorithm argon2 = new Argon2idAlgorithm(7168, 5, 1, RANDOM);
  private final Pbkdf2Sha512Algorithm pbkdf2 = new Pbkdf2Sha512Algorithm(210_000, RANDOM);

  @Test
  void argon2idHashIsSaltedPhcStringThatVerifiesOnlyItsPassword() {
    String first = argon2.hash("correct horse".toCharArray());
    String second = argon2.hash("correct horse".toCharArray());

    assertThat(first).startsWith("$argon2id$v=19$m=7168,t=5,p=1$").isNotEqualTo(second);
    assertThat(argon2.verify("correct horse".toCharArray(), first)).isTrue();
    assertThat(argon2.verify("correct horse!".toCharArray(), first)).isFalse();
  }

  @Test
  void pbkdf2MatchesTheJdkDerivation() throws Exception {
    String encoded = pbkdf2.hash("pässword".toCharArray());
    PhcString phc = PhcString.parse(encoded);
    byte[] expected =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
            .generateSecret(new PBEKeySpec("pässword".toCharArray(), phc.salt(), 210_000, 512))
            .getEncoded();

    assertThat(encoded).startsWith("$pbkdf2-sha512$i=210000$");
    assertThat(phc.hash()).isEqualTo(expected);
    assertThat(pbkdf2.verify("pässword".toCharArray(), encoded)).isTrue();
    assertThat(pbkdf2.verify("password".toCharArray(), encoded)).isFalse();
  }

  @Test
  void pbkdf2HmacSha512KnownAnswer() {
    // PBKDF2-HMAC-SHA512, P = "password", S = "salt", c = 1, dkLen = 64.
    String encoded =
        "$pbkdf2-sha512$i=1$c2FsdA$"
            + java.util.Base64.getEncoder()
                .withoutPadding()
                .encodeToString(
                    HexFormat.of()
                        .parseHex(
                            "867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252"
                                + "c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce"));

    assertThat(pbkdf2.verify("password".toCharArray(), encoded)).isTrue();
  }

  @Test
  void hashesOfAnotherAlgorithmOrCostAreUpgradedAfterLogin() {
    PasswordHashing current = new PasswordHashing(argon2, pbkdf2);
    String oldAlgorithm = pbkdf2.hash("secret".toCharArray());
    String oldCost = new Argon2idAlgorithm(19_456, 2, 1, RANDOM).hash("secret".toCharArray());
    String upToDate = argon2.hash("secret".toCharArray());

    assertThat(current.verify("secret".toCharArray(), oldAlgorithm)).isTrue();
    assertThat(current.verify("secret".toCharArray(), oldCost)).isTrue();
    assertThat(current.needsUpgrade(oldAlgorithm)).isTrue();
    assertThat(current.needsUpgrade(oldCost)).isTrue();
    assertThat(current.needsUpgrade(upToDate)).isFalse();
  }

  @Test
  void unknownHashFormatNeverMatches() {
    PasswordHashing hashing = new PasswordHashing(argon2, pbkdf2);

    assertThat(hashing.verify("secret".toCharArray(), "secret")).isFalse();
    assertThat(hashing.verify("secret".toCharArray(), "$md5$abc")).isFalse();
  }
}
