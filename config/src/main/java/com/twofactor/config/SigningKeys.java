package com.twofactor.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The RSA key pair that signs access tokens. Operators of a cluster configure the same PEM files on
 * every node ({@code twofactor.jwt.private-key-file}, {@code twofactor.jwt.public-key-file});
 * otherwise a pair is generated into the data folder at first start, the private key readable by
 * its owner only.
 */
public record SigningKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey) {

  public static final String PRIVATE_KEY_FILE = "twofactor.jwt.private-key-file";
  public static final String PUBLIC_KEY_FILE = "twofactor.jwt.public-key-file";

  /**
   * The size of a generated pair: 3072 bits by default (NIST's choice beyond 2030); 2048 signs
   * about three times faster, for providers who prefer login throughput.
   */
  public static final String GENERATED_KEY_BITS = "twofactor.jwt.generated-key-bits";

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
  private static final String GENERATED_PRIVATE = "jwt-signing-key.pem";
  private static final String GENERATED_PUBLIC = "jwt-verification-key.pem";

  /** Reads the configured pair, or the generated one, generating it when absent. */
  public static SigningKeys load(Config config) {
    Optional<String> privateFile = config.getOptionalValue(PRIVATE_KEY_FILE, String.class);
    Optional<String> publicFile = config.getOptionalValue(PUBLIC_KEY_FILE, String.class);
    if (privateFile.isPresent() != publicFile.isPresent()) {
      throw new IllegalStateException(
          "Set both " + PRIVATE_KEY_FILE + " and " + PUBLIC_KEY_FILE + ", or neither");
    }
    if (privateFile.isPresent()) {
      return read(Path.of(privateFile.get()), Path.of(publicFile.get()));
    }
    Path folder = DataFolder.resolve(config);
    Path privatePath = folder.resolve(GENERATED_PRIVATE);
    Path publicPath = folder.resolve(GENERATED_PUBLIC);
    synchronized (SigningKeys.class) {
      if (!Files.exists(privatePath)) {
        generate(
            privatePath,
            publicPath,
            config.getOptionalValue(GENERATED_KEY_BITS, Integer.class).orElse(3072));
      }
    }
    return read(privatePath, publicPath);
  }

  /**
   * Names the pair: the SHA-256, in hex, of the public key's X.509 SubjectPublicKeyInfo encoding
   * (the form of a public key pin). The public key is not secret, so neither is this.
   */
  public String fingerprint() {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The public key as a PEM document, as MicroProfile JWT expects it. */
  public String publicKeyPem() {
    return pem("PUBLIC KEY", publicKey.getEncoded());
  }

  private static SigningKeys read(Path privatePath, Path publicPath) {
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      var privateKey =
          (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePath)));
      var publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicPath)));
      if (!privateKey.getModulus().equals(publicKey.getModulus())) {
        throw new IllegalStateException(
            "The token public key does not belong to the private key: "
                + publicPath
                + " and "
                + privatePath
                + " must be the two halves of one pair");
      }
      return new SigningKeys(privateKey, publicKey);
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException(
          "Not an RSA key pair in PEM form: " + privatePath + ", " + publicPath, e);
    }
  }

  private static void generate(Path privatePath, Path publicPath, int bits) {
    if (bits != 2048 && bits != 3072 && bits != 4096) {
      throw new IllegalStateException(GENERATED_KEY_BITS + " is 2048, 3072 or 4096");
    }
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      KeyPair pair = generator.generateKeyPair();
      writeAtomically(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
      writeAtomically(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
      LOG.info(() -> "Generated the token signing key pair in " + privatePath.getParent());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  private static void writeAtomically(Path target, String content, boolean ownerOnly) {
    try {
      Path temp = Files.createTempFile(target.getParent(), ".key", ".tmp");
      if (ownerOnly && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(temp, content, StandardCharsets.US_ASCII);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  private static byte[] der(Path pemFile) {
    try {
      String body =
          Files.readString(pemFile, StandardCharsets.US_ASCII)
              .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
              .replaceAll("\\s", "");
      return Base64.getDecoder().decode(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + pemFile, e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
