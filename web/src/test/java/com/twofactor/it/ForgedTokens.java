package com.twofactor.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;

/** Access tokens an attacker would try: a server's own claims, signed by a key of their own. */
public final class ForgedTokens {

  private ForgedTokens() {}

  /** The same header type and claims as {@code issued}, signed by {@code signer}. */
  public static String resign(SignedJWT issued, JWSAlgorithm algorithm, JWSSigner signer)
      throws Exception {
    var forged =
        new SignedJWT(
            new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(),
            issued.getJWTClaimsSet());
    forged.sign(signer);
    return forged.serialize();
  }

  /** {@code issued}'s claims signed ES256 by a fresh P-256 key that no server knows. */
  public static String resignedByAnotherEcKey(SignedJWT issued) throws Exception {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    return resign(
        issued,
        JWSAlgorithm.ES256,
        new ECDSASigner((ECPrivateKey) ec.generateKeyPair().getPrivate()));
  }
}
