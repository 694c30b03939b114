package com.twofactor.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The key pair that signs access tokens, and the signature it makes ({@link Algorithm}: RS256 by
 * default, ES256 on request). Operators of a cluster configure the same PEM files on every node
 * ({@code twofactor.jwt.private-key-file}, {@code twofactor.jwt.public-key-file}); otherwise a pair
 * is generated into the data folder at first start, the private key readable by its owner only.
 */
public record SigningKeys(Algorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {

  public static final String PRIVATE_KEY_FILE = "twofactor.jwt.private-key-file";
  public static final String PUBLIC_KEY_FILE = "twofactor.jwt.public-key-file";

  /** The signature of access tokens: {@code RS256} (the default) or {@code ES256}. */
  public static final String ALGORITHM = "twofactor.jwt.algorithm";

  /**
   * The size of a generated RSA pair: 3072 bits by default (NIST's choice beyond 2030); 2048 signs
   * about three times faster, for providers who prefer login throughput.
   */
  public static final String GENERATED_KEY_BITS = "twofactor.jwt.generated-key-bits";

  /** The token signatures MicroProfile JWT verifies, each with its kind of key pair. */
  public enum Algorithm {
    /** RSA PKCS#1 v1.5 with SHA-256, the key size chosen by {@value #GENERATED_KEY_BITS}. */
    RS256("RSA", "SHA256withRSA", "jwt-signing-key.pem", "jwt-verification-key.pem"),
    /**
     * ECDSA on P-256 with SHA-256: signs about five times faster than RSA-3072 (0.6 against 3.1
     * ms), but every API call verifies its token about fifteen times slower (1.1 against 0.07 ms).
     */
    ES256("EC", "SHA256withECDSA", "jwt-es256-signing-key.pem", "jwt-es256-verification-key.pem");

    private final String keyType;
    private final String signature;
    private final String generatedPrivate;
    private final String generatedPublic;

    Algorithm(String keyType, String signature, String generatedPrivate, String generatedPublic) {
      this.keyType = keyType;
      this.signature = signature;
      this.generatedPrivate = generatedPrivate;
      this.generatedPublic = generatedPublic;
    }

    static Algorithm named(String name) {
      for (Algorithm algorithm : values()) {
        if (algorithm.name().equalsIgnoreCase(name.strip())) {
          return algorithm;
        }
      }
      throw new IllegalStateException(ALGORITHM + " is RS256 or ES256, not " + name);
    }
  }

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  /**
   * Reads the configured pair, or the generated one of the configured algorithm, generating it when
   * absent. A configured pair must be of the configured algorithm's kind (RSA for RS256, EC P-256
   * for ES256) and its two halves must belong together.
   */
  public static SigningKeys load(Config config) {
    Algorithm algorithm =
        config
            .getOptionalValue(ALGORITHM, String.class)
            .map(Algorithm::named)
            .orElse(Algorithm.RS256);
    Optional<String> privateFile = config.getOptionalValue(PRIVATE_KEY_FILE, String.class);
    Optional<String> publicFile = config.getOptionalValue(PUBLIC_KEY_FILE, String.class);
    if (privateFile.isPresent() != publicFile.isPresent()) {
      throw new IllegalStateException(
          "Set both " + PRIVATE_KEY_FILE + " and " + PUBLIC_KEY_FILE + ", or neither");
    }
    if (privateFile.isPresent()) {
      return read(algorithm, Path.of(privateFile.get()), Path.of(publicFile.get()));
    }
    Path folder = DataFolder.resolve(config);
    Path privatePath = folder.resolve(algorithm.generatedPrivate);
    Path publicPath = folder.resolve(algorithm.generatedPublic);
    synchronized (SigningKeys.class) {
      if (!Files.exists(privatePath)) {
        generate(
            algorithm,
            privatePath,
            publicPath,
            config.getOptionalValue(GENERATED_KEY_BITS, Integer.class).orElse(3072));
      }
    }
    return read(algorithm, privatePath, publicPath);
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

  private static SigningKeys read(Algorithm algorithm, Path privatePath, Path publicPath) {
    PrivateKey privateKey;
    PublicKey publicKey;
    try {
      KeyFactory factory = KeyFactory.getInstance(algorithm.keyType);
      privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der(privatePath)));
      publicKey = factory.generatePublic(new X509EncodedKeySpec(der(publicPath)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Not an "
              + algorithm.keyType
              + " key pair in PEM form, as "
              + ALGORITHM
              + "="
              + algorithm
              + " needs: "
              + privatePath
              + ", "
              + publicPath,
          e);
    }
    if (publicKey instanceof ECPublicKey ec && !onP256(ec)) {
      throw new IllegalStateException(
          "ES256 needs a key pair on the curve P-256 (secp256r1): " + publicPath);
    }
    if (!halvesOfOnePair(algorithm, privateKey, publicKey)) {
      throw new IllegalStateException(
          "The token public key does not belong to the private key: "
              + publicPath
              + " and "
              + privatePath
              + " must be the two halves of one pair");
    }
    return new SigningKeys(algorithm, privateKey, publicKey);
  }

  /** Whether the key lies on P-256 itself, not merely on another curve of the same size. */
  private static boolean onP256(ECPublicKey key) {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
      ECParameterSpec own = key.getParams();
      return own.getCurve().equals(p256.getCurve())
          && own.getGenerator().equals(p256.getGenerator())
          && own.getOrder().equals(p256.getOrder());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is not available", e);
    }
  }

  /** Whether what the private key signs, the public key verifies: true of a pair's two halves. */
  private static boolean halvesOfOnePair(
      Algorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {
    byte[] probe = "twofactor token signing key pair".getBytes(StandardCharsets.US_ASCII);
    try {
      Signature signing = Signature.getInstance(algorithm.signature);
      signing.initSign(privateKey);
      signing.update(probe);
      byte[] signature = signing.sign();
      Signature verifying = Signature.getInstance(algorithm.signature);
      verifying.initVerify(publicKey);
      verifying.update(probe);
      return verifying.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot use the token signing key pair", e);
    }
  }

  private static void generate(Algorithm algorithm, Path privatePath, Path publicPath, int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType);
      if (algorithm == Algorithm.ES256) {
        generator.initialize(new ECGenParameterSpec("secp256r1"));
      } else if (bits == 2048 || bits == 3072 || bits == 4096) {
        generator.initialize(bits);
      } else {
        throw new IllegalStateException(GENERATED_KEY_BITS + " is 2048, 3072 or 4096");
      }
      KeyPair pair = generator.generateKeyPair();
      writeAtomically(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
      writeAtomically(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
      LOG.info(
          () ->
              "Generated the token signing key pair ("
                  + algorithm
                  + ") in "
                  + privatePath.getParent());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm.keyType + " is not available", e);
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

  /** A DER encoding as a PEM document of {@code type} (PRIVATE KEY, PUBLIC KEY). */
  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
