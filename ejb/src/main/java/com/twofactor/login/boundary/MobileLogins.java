package com.twofactor.login.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.login.entity.LoginChallenge;
import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.push.control.DeviceKeys;
import com.twofactor.push.control.DeviceSignatures;
import com.twofactor.push.control.DeviceSignatures.Verdict;
import com.twofactor.push.control.NumberMatch;
import com.twofactor.push.control.Tokens;
import com.twofactor.push.entity.MobilePairing;
import com.twofactor.push.entity.MobilePairingRepository;
import com.twofactor.push.entity.PushRequest;
import com.twofactor.push.entity.PushRequestRepository;
import com.twofactor.push.entity.PushState;
import com.twofactor.shared.boundary.GoneException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.NotAuthenticatedException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpCodes;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The branded mobile app's side of a login: pairing itself with the one-time token of a QR code,
 * then listing and answering the push requests of its account's logins. Every request after the
 * pairing is signed with the app's key ({@link DeviceSignatures}); a refused signature is audited.
 * An approval needs the number the login page shows: a wrong one costs a try of the account's
 * failure budget like a wrong code, and a denial ends the login and is audited as a possible
 * attack.
 */
@Stateless
@PermitAll
public class MobileLogins {

  private static final Set<String> PLATFORMS = Set.of("android", "ios");

  @Inject MobilePairingRepository pairings;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject LoginChallengeRepository challenges;
  @Inject PushRequestRepository pushes;
  @Inject DeviceSignatures signatures;
  @Inject ChallengeSteps steps;
  @Inject TotpCodes codes;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;
  @Inject Clock clock;

  /**
   * Pairs the app that scanned a pairing QR code: the token works once, within its time. A pairing
   * offered at the setup step of a login completes that login.
   */
  public MobilePairingResult pair(@NotNull @Valid NewMobileDevice request) {
    String platform = request.platform().strip().toLowerCase(Locale.ROOT);
    if (!PLATFORMS.contains(platform)) {
      throw new InvalidChangeException("The platform is android or ios");
    }
    try {
      DeviceKeys.parse(request.publicKey());
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    }
    Instant now = clock.instant();
    MobilePairing pairing =
        pairings
            .claim(Tokens.sha256Hex(request.token().strip()), now)
            .orElseThrow(
                () -> {
                  audit.fire(
                      Audited.failure(
                          "anonymous",
                          null,
                          "MOBILE_PAIRING_REFUSED",
                          "unknown, used" + " or expired pairing token"));
                  return new GoneException(
                      "This pairing code has expired or was already used; show a new QR code");
                });
    Optional<LoginChallenge> login = pairing.challengeId().map(steps::open);
    if (login.isPresent() && login.get().step() == ChallengeStep.CHALLENGE) {
      throw ChallengeSteps.gone();
    }
    Totp profile = codes.newPairingProfile();
    byte[] secret = TotpSecrets.newSecret();
    String name =
        request.deviceName() == null || request.deviceName().isBlank()
            ? "Mobile app (" + platform + ")"
            : request.deviceName();
    AuthenticatorDevice device;
    try {
      device =
          AuthenticatorDevice.pairMobileApp(
              pairing.account(),
              secret,
              profile.algorithm(),
              profile.digits(),
              profile.period(),
              name,
              platform,
              request.publicKey().strip(),
              now);
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    }
    devices.add(device);
    pairing.completedBy(device.id());
    String owner = pairing.account().loginName();
    audit.fire(
        Audited.success(
            owner, owner, "DEVICE_PAIRED", device.name() + " (mobile app, " + platform + ")"));
    login.ifPresent(challenge -> steps.succeedElsewhere(challenge, "mobile app paired"));
    MobilePairingResult paired =
        new MobilePairingResult(
            Long.toString(device.id()),
            TotpSecrets.base32(secret),
            profile.algorithm().name(),
            profile.digits(),
            profile.period().toSeconds());
    java.util.Arrays.fill(secret, (byte) 0);
    return paired;
  }

  /** The logins of the app's account waiting for a decision, oldest first. */
  public List<PushRequestDetails> pending(@NotNull DeviceRequest request) {
    AuthenticatorDevice device = verified(request);
    Instant now = clock.instant();
    return pushes.openOf(device.account().id(), now).stream()
        .flatMap(push -> challenges.find(push.challengeId()).stream().map(c -> pending(push, c)))
        .sorted(Comparator.comparing(PushRequestDetails::createdAt))
        .toList();
  }

  /**
   * Approves a login with the number the user picked, or denies it.
   *
   * @return empty when the decision was recorded; else why it was refused (a wrong number, the
   *     account locked or the address throttled)
   */
  public Optional<Refused> decide(
      @NotNull DeviceRequest request,
      @NotNull String requestId,
      boolean approve,
      String numberMatch) {
    AuthenticatorDevice device = verified(request);
    String owner = device.account().loginName();
    PushRequest push =
        pushes
            .find(requestId)
            .filter(p -> p.accountId().equals(device.account().id()))
            .orElseThrow(() -> new RecordNotFoundException("No login request " + requestId));
    LoginChallenge challenge = steps.open(push.challengeId());
    Instant now = clock.instant();
    if (!push.isOpenAt(now)) {
      throw answered();
    }
    if (!approve) {
      if (!pushes.decide(push.id(), PushState.DENIED, device.id(), now)) {
        throw answered();
      }
      steps.endDenied(challenge);
      audit.fire(
          Audited.failure(
                  owner,
                  owner,
                  "PUSH_DENIED",
                  "login denied on the mobile app "
                      + device.name()
                      + "; possibly someone else knows the password")
              .from(challenge.sourceAddress()));
      return Optional.empty();
    }
    Optional<Refused> notAdmitted = steps.admit(device.account(), steps.addressOf(challenge));
    if (notAdmitted.isPresent()) {
      return notAdmitted;
    }
    if (!NumberMatch.matches(push.numberMatch(), numberMatch)) {
      pushes.decide(push.id(), PushState.FAILED, device.id(), now);
      Refused refused = steps.wrongAnswer(challenge, "PUSH_NUMBER_MISMATCH");
      return Optional.of(
          refused.reason() == Reason.WRONG_CODE ? Refused.because(Reason.WRONG_CODE) : refused);
    }
    if (!pushes.decide(push.id(), PushState.APPROVED, device.id(), now)) {
      steps.giveBack(device.account());
      throw answered();
    }
    devices.touch(device.id(), now);
    steps.succeedElsewhere(challenge, "approved on the mobile app " + device.name());
    return Optional.empty();
  }

  private AuthenticatorDevice verified(DeviceRequest request) {
    Verdict verdict =
        signatures.verify(
            new DeviceSignatures.Signed(
                request.deviceId(),
                request.timestamp(),
                request.signature(),
                request.method(),
                request.path()),
            request.body());
    if (verdict instanceof Verdict.Accepted accepted) {
      return accepted.device();
    }
    Verdict.Refused refused = (Verdict.Refused) verdict;
    String subject = refused.device() == null ? null : refused.device().account().loginName();
    audit.fire(
        Audited.failure(
            subject == null ? "anonymous" : subject,
            subject,
            "DEVICE_REQUEST_REFUSED",
            refused.reason() + " (" + request.method() + " " + request.path() + ")"));
    throw new NotAuthenticatedException("The device request was refused: " + refused.reason());
  }

  private static PushRequestDetails pending(PushRequest push, LoginChallenge challenge) {
    return new PushRequestDetails(
        push.id(),
        challenge.account().loginName(),
        challenge.client().toString(),
        challenge.sourceAddress(),
        push.createdAt(),
        push.expiresAt(),
        NumberMatch.choices(push.id(), push.numberMatch()));
  }

  private static GoneException answered() {
    return new GoneException("This login request has expired or was already answered");
  }
}
