package com.twofactor.sms.control;

import com.twofactor.config.TwilioConfig;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.TooManyRequestsException;
import com.twofactor.sms.entity.PhoneNumber;
import com.twofactor.sms.entity.SmsLimits;
import com.twofactor.sms.entity.SmsVerificationSentRepository;
import com.twofactor.sms.entity.TwilioSettings;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Verifying a phone number by SMS, as the Test of the Twilio settings, the User Profile and the SMS
 * setup step of a login do it: a passcode sent to the number under the limits of the Twilio
 * settings (resend cooldown, consecutive sends, expiry, consecutive wrong passcodes), and the
 * passcode typed back. The caller holds the phone's row locked.
 */
@ApplicationScoped
public class PhoneVerifications {

  @Inject TwilioSettingsRepository twilio;
  @Inject TwilioGateway gateway;
  @Inject SmsVerificationSentRepository sentByAccount;
  @Inject TwilioConfig config;
  @Inject Clock clock;

  /** How a typed passcode compared. */
  public enum Outcome {
    VERIFIED,
    WRONG,
    EXPIRED,
    /** Too many wrong passcodes: this passcode is void; send a new one. */
    VOID
  }

  /** The active Twilio settings, or 409 when there are none. */
  public TwilioSettings active() {
    return twilio
        .find()
        .orElseThrow(
            () ->
                new ConflictingChangeException(
                    "SMS authentication is not available: Twilio is not set up on this server"));
  }

  /**
   * Sends a new passcode to {@code phone} for {@code loginName}; refused while the cooldown runs or
   * once the consecutive sends are used up (429 with when to try again).
   */
  public SmsSent send(PhoneNumber phone, String loginName) {
    TwilioSettings settings = active();
    SmsLimits limits = settings.limits();
    Instant now = clock.instant();
    Instant lastSent = phone.passcodeSentAt().orElse(null);
    // "Consecutive" sends: those while the previous passcode was still valid.
    boolean consecutive = lastSent != null && !lastSent.plus(settings.expiry()).isBefore(now);
    if (lastSent != null && lastSent.plus(settings.resendCooldown()).isAfter(now)) {
      Instant retryAt = lastSent.plus(settings.resendCooldown());
      throw new TooManyRequestsException(
          "A passcode was sent a moment ago; you can resend it at " + retryAt, retryAt);
    }
    if (consecutive && phone.passcodeSends() >= limits.maxConsecutiveSends()) {
      Instant retryAt = lastSent.plus(settings.expiry());
      throw new TooManyRequestsException(
          "Too many passcodes were sent to this number in a row; try again at " + retryAt, retryAt);
    }
    withinAccountBound(phone.account().id(), now);
    if (!consecutive) {
      phone.startNewSendSequence();
    }
    Passcodes.Passcode passcode = Passcodes.next(limits.passcodeLength());
    Instant expiresAt = now.plus(settings.expiry());
    phone.passcodeSent(
        passcode.prefix(), Passcodes.hash(binding(phone), passcode.text()), now, expiresAt);
    gateway.send(
        settings,
        phone.e164(),
        SmsText.passcode(passcode.text(), loginName, config.providerLine()));
    return new SmsSent(
        phone.id(),
        PhoneNumbers.masked(phone.country(), phone.e164()),
        passcode.prefix(),
        expiresAt,
        now.plus(settings.resendCooldown()),
        Math.max(0, limits.maxConsecutiveSends() - phone.passcodeSends()));
  }

  /**
   * Counts one more SMS sent to verify a number of {@code account} by another way than {@link
   * #send}, i.e. the SMS setup step of a login, in the same bound; 429 with when to try again once
   * it is used up. The caller sends the SMS in the same transaction, after this.
   */
  public void countVerificationSms(Account account) {
    withinAccountBound(account.id(), clock.instant());
  }

  /**
   * The bound per account: the per-number limits start afresh with another number, a number removed
   * and added again, an expired passcode or a new login, so someone with a session, or only the
   * password at the setup step of a login, could otherwise have SMS sent without end at the
   * provider's cost. Counted in the database, for every node; an SMS that Twilio refused is not
   * counted (its transaction rolls back).
   */
  private void withinAccountBound(Long account, Instant now) {
    Instant windowStart = now.minus(config.verificationSmsWindow());
    List<Instant> sent = sentByAccount.sentSince(account, windowStart);
    int limit = config.verificationSmsLimit();
    if (sent.size() >= limit) {
      Instant retryAt = sent.get(sent.size() - limit).plus(config.verificationSmsWindow());
      throw new TooManyRequestsException(
          "Too many verification SMS were sent for this account ("
              + limit
              + " within "
              + config.verificationSmsWindow().toMinutes()
              + " minutes); try again at "
              + retryAt.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS),
          retryAt);
    }
    sentByAccount.record(account, now, windowStart);
  }

  /** Compares what the user typed with the passcode last sent to {@code phone}. */
  public Outcome check(PhoneNumber phone, String typed) {
    TwilioSettings settings = active();
    if (phone.passcodeHash().isEmpty()) {
      throw new ConflictingChangeException("Send a passcode to this number first");
    }
    Instant now = clock.instant();
    if (!phone.passcodeExpiresAt().orElseThrow().isAfter(now)) {
      return Outcome.EXPIRED;
    }
    if (Passcodes.matches(
        binding(phone), phone.passcodePrefix().orElseThrow(), phone.passcodeHash().get(), typed)) {
      phone.verify(now);
      return Outcome.VERIFIED;
    }
    return phone.recordWrongPasscode(settings.limits().maxInvalidAttempts())
        ? Outcome.VOID
        : Outcome.WRONG;
  }

  private static String binding(PhoneNumber phone) {
    return "phone:" + phone.id() + ":" + phone.e164();
  }
}
