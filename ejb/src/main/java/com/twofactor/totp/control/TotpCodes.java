package com.twofactor.totp.control;

import com.twofactor.config.TotpConfig;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.totp.entity.TotpAlgorithm;
import com.twofactor.users.entity.Account;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks codes from authenticator apps: RFC 6238 within the configured window, each time step
 * accepted at most once per device (a conditional update in the database, so the guard holds across
 * concurrent requests and cluster nodes).
 */
@ApplicationScoped
public class TotpCodes {

  @Inject TotpConfig config;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject StepLedger ledger;

  @Inject Clock clock;

  /** The TOTP profile of new pairings. */
  public Totp newPairingProfile() {
    return new Totp(TotpAlgorithm.valueOf(config.algorithm()), config.digits(), config.period());
  }

  /** The step of a valid code for a device being paired, if the code is valid. */
  public OptionalLong checkPairing(AuthenticatorDevice device, String code) {
    return totpOf(device).matchingStep(device.secret(), code, now(), config.window());
  }

  /** The paired device whose valid, never used code {@code code} is, if any; its step is spent. */
  public Optional<AuthenticatorDevice> acceptFromAny(Account account, String code) {
    Instant now = now();
    List<AuthenticatorDevice> paired = devices.pairedOf(account);
    for (AuthenticatorDevice device : paired) {
      OptionalLong step = totpOf(device).matchingStep(device.secret(), code, now, config.window());
      if (step.isPresent()
          && device.lastAcceptedStep().map(last -> last < step.getAsLong()).orElse(true)
          && spend(device, step.getAsLong(), now)) {
        devices.recordUse(device.id(), step.getAsLong(), now);
        return Optional.of(device);
      }
    }
    return Optional.empty();
  }

  /** The step of a code used to pair a device is spent too: pairing then logging in needs two. */
  public boolean spend(AuthenticatorDevice device, long step, Instant now) {
    try {
      ledger.spend(device.id(), step, now);
      return true;
    } catch (EJBException e) {
      if (StepLedger.isAlreadySpent(e)) {
        return false;
      }
      throw e;
    }
  }

  public Instant now() {
    return clock.instant();
  }

  private static Totp totpOf(AuthenticatorDevice device) {
    return new Totp(device.algorithm(), device.digits(), device.period());
  }
}
