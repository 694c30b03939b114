package com.twofactor.push.control;

import com.twofactor.push.entity.UsedSignature;
import com.twofactor.push.entity.UsedSignatureRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Spends a device request's signature in a transaction of its own, committed at once: the unique
 * key lets exactly one of several identical requests through, and a request refused later still
 * spent its signature (fails closed).
 */
@Stateless
public class SignatureLedger {

  @Inject UsedSignatureRepository signatures;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void spend(String signatureHash, Long deviceId, Instant now) {
    signatures.spend(new UsedSignature(signatureHash, deviceId, now));
  }
}
