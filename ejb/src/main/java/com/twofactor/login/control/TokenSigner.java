package com.twofactor.login.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.twofactor.config.SigningKeys;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs MicroProfile JWT access tokens (RS256 with an RSA key, ES256 with an EC P-256 key) with the
 * claims MicroProfile JWT requires: {@code iss}, {@code sub}, {@code upn}, {@code groups}, {@code
 * iat}, {@code exp}, {@code jti}; and the account's security stamp ({@value #STAMP_CLAIM}), so a
 * revocation ends the token before it expires.
 */
public final class TokenSigner {

  /** The claim holding the account's security stamp at issue time. */
  public static final String STAMP_CLAIM = "stamp";

  private final JWSSigner signer;
  private final JWSAlgorithm algorithm;
  private final String issuer;
  private final Duration lifetime;
  private final Clock clock;

  /** Signs with the pair's private key, by the pair's algorithm. */
  public TokenSigner(SigningKeys keys, String issuer, Duration lifetime, Clock clock) {
    try {
      this.signer =
          switch (keys.algorithm()) {
            case RS256 -> new RSASSASigner(keys.privateKey());
            case ES256 -> new ECDSASigner((ECPrivateKey) keys.privateKey());
          };
      this.algorithm = JWSAlgorithm.parse(keys.algorithm().name());
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign access tokens with this key", e);
    }
    this.issuer = issuer;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  public String sign(String loginName, List<String> groups, String securityStamp) {
    Instant now = clock.instant();
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(loginName)
            .claim("upn", loginName)
            .claim("groups", groups)
            .claim(STAMP_CLAIM, securityStamp)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    var jwt =
        new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign an access token", e);
    }
    return jwt.serialize();
  }

  public Duration lifetime() {
    return lifetime;
  }
}
