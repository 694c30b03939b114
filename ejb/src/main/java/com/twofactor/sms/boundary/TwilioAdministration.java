package com.twofactor.sms.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.audit.boundary.ChangeLog;
import com.twofactor.config.TwoFactorPolicyConfig;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.sms.control.LegacyClients;
import com.twofactor.sms.control.PhoneNumbers;
import com.twofactor.sms.control.PhoneVerifications;
import com.twofactor.sms.control.PhoneVerifications.Outcome;
import com.twofactor.sms.control.SmsSent;
import com.twofactor.sms.entity.PhoneNumber;
import com.twofactor.sms.entity.PhoneNumberRepository;
import com.twofactor.sms.entity.SmsLimits;
import com.twofactor.sms.entity.TwilioCredentials;
import com.twofactor.sms.entity.TwilioSettings;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import com.twofactor.stepup.boundary.StepUps;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The Twilio settings of an install upgraded from the legacy version: read, modify (only
 * modification, as the legacy feature became: a server that never had Twilio answers 409, and so
 * does one that switched it off for good) and Test, which sends a passcode to the administrator's
 * phone and adds the number, once verified, to the administrator's profile for the next login.
 * Switching Twilio off is {@code SettingsAdministration#retireTwilio}.
 *
 * <p>A little over 250 lines: the legacy settings have nine fields, each checked and audited, and
 * the Test is two calls (send, verify); splitting them would part a form from its own checks.
 */
@Stateless
@RolesAllowed({ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
public class TwilioAdministration {

  public static final String SUBJECT = "twilio settings";
  public static final String TEST_SUCCEEDED = "Test completed successfully";

  /** Every attempt to set Twilio up after it was switched off for good. */
  public static final String TWILIO_GONE =
      "Twilio Credentials Verification was switched off for good on this server and cannot be"
          + " set up again; use Mobile Authentication.";

  /** A server that never had Twilio (a fresh install). */
  public static final String TWILIO_NEVER_SET_UP =
      "Twilio Credentials Verification is only kept on servers upgraded from a version that had"
          + " it set up; on this server it cannot be set up. Use Mobile Authentication.";

  @Resource SessionContext context;
  @Inject TwilioSettingsRepository twilio;
  @Inject SettingsRepository settings;
  @Inject PhoneNumberRepository phones;
  @Inject AccountRepository accounts;
  @Inject PhoneVerifications verifications;
  @Inject StepUps stepUps;
  @Inject TwoFactorPolicyConfig policy;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;
  @Inject Clock clock;

  /** The settings; 409 on a server without Twilio, saying why. */
  public TwilioSettingsDetails current() {
    return TwilioSettingsDetails.of(active(), legacyClients().definition());
  }

  /** Whether Twilio is on (the console shows its sections only then); no secret, anyone may ask. */
  @PermitAll
  public boolean isActive() {
    return twilio.find().isPresent();
  }

  /** Saves the whole new settings, if nobody changed them since {@code change.version()}. */
  @RolesAllowed(ADMIN)
  public TwilioSettingsDetails change(@NotNull @Valid TwilioSettingsChanges change) {
    active();
    TwilioSettings stored;
    try {
      stored =
          twilio
              .findForChange(change.version())
              .orElseThrow(() -> new ConflictingChangeException(TWILIO_NEVER_SET_UP));
    } catch (OptimisticLockException e) {
      throw stale(change.version());
    }
    TwilioSettingsDetails before = current();
    String sender =
        PhoneNumbers.e164(change.senderCountry(), change.senderNumber())
            .orElseThrow(
                () ->
                    new InvalidChangeException(
                        "The sender number is not a valid phone number of the chosen country"));
    try {
      stored.apply(
          new TwilioCredentials(
              change.accountSid(), change.authToken(), change.senderCountry(), sender),
          new SmsLimits(
              change.passcodeLength(),
              change.resendCooldownMinutes(),
              change.expiryMinutes(),
              change.invalidAttemptsAllowed(),
              change.consecutiveResendsAllowed(),
              change.allowLegacyClientSkip()));
      twilio.flush();
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    } catch (OptimisticLockException e) {
      throw stale(change.version());
    }
    TwilioSettingsDetails after = current();
    changes(before, after, change.authToken() != null && !change.authToken().isBlank())
        .audited(caller(), SUBJECT, "TWILIO_SETTINGS_CHANGED")
        .ifPresent(this::audit);
    return after;
  }

  /**
   * The Test: sends a passcode to the number entered, with the saved settings, and adds the number
   * (not yet verified) to the caller's profile; like every change of a second factor it needs a
   * fresh step-up of the caller's session, and so does typing the passcode back.
   */
  @RolesAllowed(ADMIN)
  public SmsSent test(@NotNull String country, @NotNull String number) {
    active();
    // The number joins the caller's profile: a change of second factor.
    stepUps.requireFreshProof();
    Account me = me();
    String e164 =
        PhoneNumbers.e164(country, number)
            .orElseThrow(
                () ->
                    new InvalidChangeException(
                        "Please enter a valid phone number of the chosen country"));
    PhoneNumber phone =
        phones
            .findOf(me, e164)
            .orElseGet(
                () -> {
                  PhoneNumber added =
                      new PhoneNumber(
                          me, country.toUpperCase(java.util.Locale.ROOT), e164, clock.instant());
                  phones.add(added);
                  return added;
                });
    PhoneNumber locked = phones.findLocked(phone.id()).orElseThrow();
    SmsSent sent = verifications.send(locked, me.loginName());
    audit(
        Audited.success(
            caller(), SUBJECT, "TWILIO_TESTED", "passcode sent to " + sent.maskedNumber()));
    return sent;
  }

  /**
   * The passcode of the Test, typed back: the number is verified (and kept in the caller's profile
   * for the next login) and the Test recorded as successful.
   */
  @RolesAllowed(ADMIN)
  public PhoneCheck verifyTest(@NotNull Long phoneId, @NotNull String passcode) {
    TwilioSettings stored = active();
    stepUps.requireFreshProof();
    Account me = me();
    PhoneNumber phone =
        phones
            .findLocked(phoneId)
            .filter(p -> p.account().id().equals(me.id()))
            .orElseThrow(() -> new RecordNotFoundException("No phone number " + phoneId));
    Outcome outcome = verifications.check(phone, passcode);
    if (outcome == Outcome.VERIFIED) {
      stored.recordSuccessfulTest(clock.instant().truncatedTo(ChronoUnit.MICROS));
      audit(Audited.success(caller(), SUBJECT, "TWILIO_TESTED", TEST_SUCCEEDED));
      return new PhoneCheck(outcome, PhoneDetails.of(phone), TEST_SUCCEEDED);
    }
    audit(Audited.failure(caller(), SUBJECT, "TWILIO_TESTED", "passcode " + outcome));
    return new PhoneCheck(outcome, PhoneDetails.of(phone), AccountPhones.messageOf(outcome));
  }

  /** The countries a sender or phone number may be of. */
  public List<PhoneNumbers.Country> countries() {
    return PhoneNumbers.countries();
  }

  private TwilioSettings active() {
    return twilio
        .find()
        .orElseThrow(
            () ->
                new ConflictingChangeException(
                    settings.twoFactor().twilioRetired() ? TWILIO_GONE : TWILIO_NEVER_SET_UP));
  }

  private LegacyClients legacyClients() {
    return LegacyClients.configured(policy);
  }

  private static ChangeLog changes(
      TwilioSettingsDetails before, TwilioSettingsDetails after, boolean tokenChanged) {
    ChangeLog changes =
        new ChangeLog().compare("accountSid", before.accountSid(), after.accountSid());
    if (tokenChanged) {
      changes.note("authToken: changed");
    }
    return changes
        .compare("sender", before.senderNumber(), after.senderNumber())
        .compare("passcodeLength", before.passcodeLength(), after.passcodeLength())
        .compare(
            "resendCooldownMinutes", before.resendCooldownMinutes(), after.resendCooldownMinutes())
        .compare("expiryMinutes", before.expiryMinutes(), after.expiryMinutes())
        .compare(
            "invalidAttemptsAllowed",
            before.invalidAttemptsAllowed(),
            after.invalidAttemptsAllowed())
        .compare(
            "consecutiveResendsAllowed",
            before.consecutiveResendsAllowed(),
            after.consecutiveResendsAllowed())
        .compare(
            "allowLegacyClientSkip", before.allowLegacyClientSkip(), after.allowLegacyClientSkip());
  }

  private ConflictingChangeException stale(long version) {
    return new ConflictingChangeException(
        "The Twilio settings were changed by someone else after you read them (version "
            + version
            + "). Load them again and redo your change.");
  }

  private Account me() {
    return accounts
        .findByLoginName(caller())
        .orElseThrow(() -> new RecordNotFoundException("No account for the caller"));
  }

  private void audit(Audited audited) {
    audit.fire(audited.from(origin.sourceAddress().orElse(null)));
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
