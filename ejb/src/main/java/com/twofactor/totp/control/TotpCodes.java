package com.twofactor.totp.control;

import com.twofactor.config.TotpConfig;
import com.twofactor.config.UnreadableSecretException;
import com.twofactor.shared.control.UniqueKeys;
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
import java.util.logging.Logger;

/**
 * Checks codes from authenticator apps: RFC 6238 within the configured window, each time step
 * accepted at most once per device (a conditional update in the database, so the guard holds across
 * concurrent requests and cluster nodes).
 */
@ApplicationScoped
public class TotpCodes {

  private static final Logger LOG = Logger.getLogger(TotpCodes.class.getName());

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
    return matchingStep(device, code, now());
  }

  /** The paired device whose valid, never used code {@code code} is, if any; its step is spent. */
  public Optional<AuthenticatorDevice> acceptFromAny(Account account, String code) {
    Instant now = now();
    List<AuthenticatorDevice> paired = devices.pairedOf(account);
    for (AuthenticatorDevice device : paired) {
      OptionalLong step = matchingStep(device, code, now);
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
      if (UniqueKeys.violatedBy(e)) {
        return false;
      }
      throw e;
    }
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * A device whose stored secret does not decrypt for it (copied from another device's row,
   * altered, or encrypted under another key) accepts no code: the login fails as with a wrong code,
   * and the log says which device to pair again.
   */
  private OptionalLong matchingStep(AuthenticatorDevice device, String code, Instant now) {
    byte[] secret;
    try {
      secret = device.secret();
    } catch (UnreadableSecretException e) {
      LOG.severe(
          () ->
              "The secret of authenticator device "
                  + device.id()
                  + " cannot be read, so it accepts no code; pair it again. "
                  + e.getMessage());
      return OptionalLong.empty();
    }
    return totpOf(device).matchingStep(secret, code, now, config.window());
  }

  private static Totp totpOf(AuthenticatorDevice device) {
    return new Totp(device.algorithm(), device.digits(), device.period());
  }
}
