package com.twofactor.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** Key files as an operator makes them for the nodes of an installation. */
public final class KeyFiles {

  private KeyFiles() {}

  /** A secrets key file: the base64 form of 32 random bytes ({@code openssl rand -base64 32}). */
  public static Path writeSecretsKey(Path file) {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, Base64.getEncoder().encodeToString(raw));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A token signing key pair: RSA 2048, PKCS#8 and X.509 in PEM, as openssl writes them. */
  public static void writeSigningKeyPair(Path privateKey, Path publicKey) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Files.createDirectories(privateKey.getParent());
      Files.createDirectories(publicKey.getParent());
      Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
