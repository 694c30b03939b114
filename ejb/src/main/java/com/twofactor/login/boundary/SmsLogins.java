package com.twofactor.login.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.config.TwilioConfig;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.login.entity.LoginChallenge;
import com.twofactor.login.entity.LoginChallenge.SmsPasscode;
import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.TooManyRequestsException;
import com.twofactor.sms.control.Passcodes;
import com.twofactor.sms.control.PhoneNumbers;
import com.twofactor.sms.control.PhoneVerifications;
import com.twofactor.sms.control.SmsSent;
import com.twofactor.sms.control.SmsText;
import com.twofactor.sms.control.TwilioGateway;
import com.twofactor.sms.entity.PhoneNumber;
import com.twofactor.sms.entity.PhoneNumberRepository;
import com.twofactor.sms.entity.TwilioSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SMS step of a login while legacy Twilio SMS is on. At a challenge the user picks one of the
 * account's verified numbers (shown masked) and gets a passcode ({@code XYWD-581883}) bound to this
 * login; at the setup step (SMS flavour) an account without a verified number picks one of its
 * unverified numbers or adds one, and the passcode verifies it too. Every limit of the Twilio
 * settings holds: the resend cooldown and consecutive sends in one conditional update, the expiry,
 * and wrong passcodes up to the consecutive invalid attempts allowed, which then end the login;
 * each wrong passcode also counts in the account's failure budget. The SMS of the setup step to a
 * number not yet verified also count in the account's bound on verification SMS, whatever the
 * login.
 */
@Stateless
@PermitAll
public class SmsLogins {

  @Inject LoginChallengeRepository challenges;
  @Inject PhoneNumberRepository phones;
  @Inject PhoneVerifications verifications;
  @Inject TwilioGateway gateway;
  @Inject TwilioConfig config;
  @Inject ChallengeSteps steps;
  @Inject Event<Audited> audit;
  @Inject Clock clock;

  /** A number the user may pick: its id and how the screen shows it. */
  public record PhoneChoice(Long id, String masked, boolean verified) {}

  /** The numbers this login may send a passcode to. */
  public List<PhoneChoice> phones(String challengeId) {
    LoginChallenge challenge = smsChallenge(challengeId);
    return candidates(challenge).stream()
        .map(
            p ->
                new PhoneChoice(p.id(), PhoneNumbers.masked(p.country(), p.e164()), p.isVerified()))
        .toList();
  }

  /**
   * Sends a passcode to the chosen number ("Resend passcode" is the same call): refused while the
   * cooldown runs and once the consecutive sends are used up (429 with when).
   */
  public SmsSent send(String challengeId, Long phoneId) {
    LoginChallenge challenge = smsChallenge(challengeId);
    PhoneNumber phone =
        candidates(challenge).stream()
            .filter(p -> p.id().equals(phoneId))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("No such phone number for this login"));
    return sendTo(challenge, phone);
  }

  /** Setup step: adds a number to the account (not yet verified) and sends it a passcode. */
  public SmsSent addPhone(String challengeId, String country, String number) {
    LoginChallenge challenge = smsChallenge(challengeId);
    if (challenge.step() == ChallengeStep.CHALLENGE) {
      throw new ConflictingChangeException("This login is not at the setup step");
    }
    if (!PhoneNumbers.isCountry(country)) {
      throw new InvalidChangeException("Choose the country of the phone number");
    }
    String e164 =
        PhoneNumbers.e164(country, number)
            .orElseThrow(
                () ->
                    new InvalidChangeException(
                        "Please enter a valid phone number of the chosen country"));
    PhoneNumber phone =
        phones
            .findOf(challenge.account(), e164)
            .orElseGet(
                () -> {
                  PhoneNumber added =
                      new PhoneNumber(
                          challenge.account(),
                          country.toUpperCase(Locale.ROOT),
                          e164,
                          clock.instant());
                  try {
                    phones.add(added);
                  } catch (PersistenceException e) {
                    throw new ConflictingChangeException("This phone number was just added");
                  }
                  return added;
                });
    return sendTo(challenge, phone);
  }

  /**
   * The passcode typed back: right, the login is complete (at the setup step the number is verified
   * too); wrong, it counts; expired, the user resends.
   */
  public LoginResult verify(String challengeId, String passcode) {
    LoginChallenge challenge = smsChallenge(challengeId);
    TwilioSettings settings = verifications.active();
    SmsPasscode sent =
        challenge
            .smsPasscode()
            .orElseThrow(() -> new ConflictingChangeException("Send the passcode first"));
    Optional<Refused> notAdmitted = steps.admit(challenge.account(), steps.addressOf(challenge));
    if (notAdmitted.isPresent()) {
      return notAdmitted.get();
    }
    if (!sent.expiresAt().isAfter(clock.instant())) {
      steps.giveBack(challenge.account());
      return new Refused(
          Reason.WRONG_CODE,
          Optional.empty(),
          Optional.of("The passcode has expired; resend a new one"));
    }
    if (!Passcodes.matches(binding(challenge), sent.prefix(), sent.hash(), passcode)) {
      return steps.wrongAnswer(challenge, "SMS_FAILED", settings.limits().maxInvalidAttempts());
    }
    if (challenge.step() != ChallengeStep.CHALLENGE) {
      phones
          .findLocked(sent.phoneId())
          .filter(p -> p.account().id().equals(challenge.account().id()))
          .ifPresent(phone -> phone.verify(clock.instant()));
    }
    return steps.succeed(challenge, "SMS");
  }

  private SmsSent sendTo(LoginChallenge challenge, PhoneNumber phone) {
    TwilioSettings settings = verifications.active();
    if (challenge.step() != ChallengeStep.CHALLENGE && !phone.isVerified()) {
      // A number being added at the setup step: the password alone would otherwise have SMS sent
      // to any number, login after login. Counted first: it locks the account row.
      verifications.countVerificationSms(challenge.account());
    }
    Instant now = clock.instant();
    Passcodes.Passcode passcode = Passcodes.next(settings.limits().passcodeLength());
    Instant expiresAt = earliest(now.plus(settings.expiry()), challenge.expiresAt());
    boolean recorded =
        challenges.recordSmsPasscode(
            challenge.id(),
            phone.id(),
            passcode.prefix(),
            Passcodes.hash(binding(challenge), passcode.text()),
            now,
            expiresAt,
            now.minus(settings.resendCooldown()),
            settings.limits().maxConsecutiveSends());
    if (!recorded) {
      throw refusal(challenge, settings);
    }
    gateway.send(
        settings,
        phone.e164(),
        SmsText.passcode(passcode.text(), challenge.account().loginName(), config.providerLine()));
    String masked = PhoneNumbers.masked(phone.country(), phone.e164());
    String owner = challenge.account().loginName();
    audit.fire(
        Audited.success(owner, owner, "SMS_PASSCODE_SENT", masked)
            .from(steps.addressOf(challenge)));
    int sends = challenge.smsPasscode().map(SmsPasscode::sends).orElse(0) + 1;
    return new SmsSent(
        phone.id(),
        masked,
        passcode.prefix(),
        expiresAt,
        now.plus(settings.resendCooldown()),
        Math.max(0, settings.limits().maxConsecutiveSends() - sends));
  }

  /** Why the conditional update sent nothing: the cooldown runs, or the sends are used up. */
  private RuntimeException refusal(LoginChallenge challenge, TwilioSettings settings) {
    Optional<SmsPasscode> last = challenge.smsPasscode();
    if (last.isPresent() && last.get().sends() >= settings.limits().maxConsecutiveSends()) {
      return new TooManyRequestsException(
          "The passcode was resent too many times for this login; log in again",
          challenge.expiresAt());
    }
    Instant retryAt =
        last.map(l -> l.sentAt().plus(settings.resendCooldown())).orElse(clock.instant());
    return new TooManyRequestsException(
        "A passcode was sent a moment ago; you can resend it at " + retryAt, retryAt);
  }

  /** The numbers of the login's account it may use: verified ones, all of them at setup. */
  private List<PhoneNumber> candidates(LoginChallenge challenge) {
    return challenge.step() == ChallengeStep.CHALLENGE
        ? phones.verifiedOf(challenge.account())
        : phones.of(challenge.account());
  }

  private LoginChallenge smsChallenge(String challengeId) {
    LoginChallenge challenge = steps.open(challengeId);
    if (!challenge.methods().contains(ChallengeMethod.SMS)) {
      throw new ForbiddenChangeException("This login cannot be finished by SMS");
    }
    if (challenge.step() == ChallengeStep.SETUP_PROMPT
        || challenge.step() == ChallengeStep.SETUP_REQUIRED
        || challenge.step() == ChallengeStep.CHALLENGE) {
      return challenge;
    }
    throw new ForbiddenChangeException("This login cannot be finished by SMS");
  }

  private static String binding(LoginChallenge challenge) {
    return "challenge:" + challenge.id();
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
