package com.twofactor.passwords.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 from the JDK's own provider, for providers who need FIPS-approved primitives;
 * OWASP recommends 210,000 iterations.
 */
public final class Pbkdf2Sha512Algorithm implements PasswordHashAlgorithm {

  static final String ID = "pbkdf2-sha512";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 64;

  private final int iterations;
  private final SecureRandom random;

  public Pbkdf2Sha512Algorithm(int iterations, SecureRandom random) {
    if (iterations < 1) {
      throw new IllegalArgumentException("PBKDF2 needs at least one iteration");
    }
    this.iterations = iterations;
    this.random = random;
  }

  @Override
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations, HASH_BYTES);
    return new PhcString(ID, Map.of("i", iterations), salt, hash).encode(null);
  }

  @Override
  public boolean recognizes(String encoded) {
    return encoded.startsWith("$" + ID + "$");
  }

  @Override
  public boolean verify(char[] password, String encoded) {
    PhcString phc = PhcString.parse(encoded);
    byte[] actual = derive(password, phc.salt(), phc.params().get("i"), phc.hash().length);
    return MessageDigest.isEqual(actual, phc.hash());
  }

  @Override
  public boolean hasCurrentCost(String encoded) {
    return PhcString.parse(encoded).params().get("i") == iterations;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int length) {
    var spec = new PBEKeySpec(password, salt, iterations, length * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
