package com.twofactor.push.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The branded app's key: an EC P-256 public key in X.509 form (base64), and the signature of a
 * request — ECDSA with SHA-256 over {@code METHOD \n PATH \n TIMESTAMP \n hex(SHA-256(body))}.
 */
public final class DeviceKeys {

  private DeviceKeys() {}

  /**
   * The key, if it is an EC key on the P-256 curve.
   *
   * @throws IllegalArgumentException when it is not
   */
  public static ECPublicKey parse(String base64) {
    try {
      PublicKey key =
          KeyFactory.getInstance("EC")
              .generatePublic(
                  new java.security.spec.X509EncodedKeySpec(
                      Base64.getDecoder().decode(base64.strip())));
      if (key instanceof ECPublicKey ec
          && ec.getParams().getCurve().getField().getFieldSize() == 256
          && ec.getParams().getOrder().bitLength() == 256) {
        return ec;
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // refused below
    }
    throw new IllegalArgumentException("The public key must be an EC P-256 key, X.509, base64");
  }

  /** What a request's signature covers. */
  public static String signedText(String method, String path, String timestamp, byte[] body) {
    return method
        + "\n"
        + path
        + "\n"
        + timestamp
        + "\n"
        + HexFormat.of().formatHex(sha256(body == null ? new byte[0] : body));
  }

  /** Whether {@code signatureBase64} is the key's signature of {@code text}. */
  public static boolean verifies(String publicKey, String text, String signatureBase64) {
    try {
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(parse(publicKey));
      verifier.update(text.getBytes(StandardCharsets.UTF_8));
      return verifier.verify(Base64.getDecoder().decode(signatureBase64));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
