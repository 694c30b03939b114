package com.twofactor.login.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.login.entity.LoginChallenge;
import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.recovery.control.RecoveryCodes;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.totp.control.PairingOffer;
import com.twofactor.totp.control.PairingOffers;
import com.twofactor.totp.control.TotpCodes;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Pairing an authenticator app during the setup step of a login, when the policy asks for one: the
 * offer (QR code and key), then the first code from the app, which pairs it and completes the
 * login, with a first set of recovery codes when the account has none. A wrong code counts like a
 * wrong code at a challenge.
 */
@Stateless
@PermitAll
@Interceptors(LoginCounting.class)
public class LoginPairings {

  @Inject AuthenticatorDeviceRepository devices;
  @Inject PairingOffers offers;
  @Inject TotpCodes codes;
  @Inject ChallengeSteps steps;
  @Inject RecoveryCodes recoveryCodes;
  @Inject Event<Audited> audit;

  /** Starts pairing; a new offer replaces an earlier one of the same login. */
  public PairingOffer beginPairing(@NotNull String challengeId) {
    LoginChallenge challenge = setupChallenge(challengeId);
    devices.pendingForChallenge(challengeId).ifPresent(devices::remove);
    return offers.offer(challenge.account(), challengeId);
  }

  /** Confirms the pairing with a code from the app; the login is then complete. */
  public LoginResult confirmPairing(
      @NotNull String challengeId, @NotNull String code, String deviceName) {
    LoginChallenge challenge = setupChallenge(challengeId);
    AuthenticatorDevice device =
        devices
            .pendingForChallenge(challengeId)
            .orElseThrow(() -> new ConflictingChangeException("Start the pairing first"));
    String name = offers.deviceName(deviceName);
    Optional<Refused> notAdmitted = steps.admit(challenge.account(), steps.addressOf(challenge));
    if (notAdmitted.isPresent()) {
      return notAdmitted.get();
    }
    OptionalLong step = codes.checkPairing(device, code);
    if (step.isEmpty() || !codes.spend(device, step.getAsLong(), codes.now())) {
      return steps.wrongAnswer(challenge, "PAIRING_FAILED");
    }
    device.pair(name, step.getAsLong(), codes.now());
    String owner = device.account().loginName();
    audit.fire(
        Audited.success(owner, owner, "DEVICE_PAIRED", device.name())
            .from(steps.addressOf(challenge)));
    List<String> issued = recoveryCodes.newSetIfNoneLeft(device.account());
    if (!issued.isEmpty()) {
      audit.fire(
          Audited.success(
                  owner, owner, "RECOVERY_CODES_GENERATED", issued.size() + " codes, at pairing")
              .from(steps.addressOf(challenge)));
    }
    return steps.succeed(challenge, "device paired").withRecoveryCodes(issued);
  }

  private LoginChallenge setupChallenge(String challengeId) {
    LoginChallenge challenge = steps.open(challengeId);
    if (challenge.step() == ChallengeStep.CHALLENGE) {
      throw new ConflictingChangeException("This login is not at the setup step");
    }
    if (challenge.methods().contains(ChallengeMethod.SMS)) {
      throw new ConflictingChangeException(
          "This server uses SMS authentication: add and verify a phone number instead");
    }
    return challenge;
  }
}
