package com.twofactor.totp.control;

import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Spends a device's time step in a transaction of its own, committed at once: the unique key of the
 * used steps lets exactly one of several concurrent requests with the same code through, on H2 and
 * PostgreSQL alike and across cluster nodes. A step spent by a login that then fails stays spent,
 * which only fails closed.
 */
@Stateless
public class StepLedger {

  @Inject AuthenticatorDeviceRepository devices;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void spend(Long deviceId, long step, Instant now) {
    devices.spendStep(deviceId, step, now);
  }
}
