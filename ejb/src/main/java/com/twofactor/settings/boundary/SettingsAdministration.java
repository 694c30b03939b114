package com.twofactor.settings.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.recovery.control.RecoveryCodes;
import com.twofactor.settings.control.HostProbe;
import com.twofactor.settings.control.HostTestOutcome;
import com.twofactor.settings.control.SystemUserAccess;
import com.twofactor.settings.control.TwilioRetirement;
import com.twofactor.settings.entity.HostRegistration;
import com.twofactor.settings.entity.HostRegistration.Protocol;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.sms.boundary.TwilioAdministration;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads, changes and tests the server's two-factor settings. Sub-admins do not read them: they are
 * server-wide, and a sub-admin's business is the backup users it owns.
 *
 * <p>A little over 250 lines: it is the one entry for the 2FA tab (read, change, host Test, the
 * one-way retirement of Twilio), and each of those is short; the checks live in controls.
 */
@Stateless
@RolesAllowed({ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
public class SettingsAdministration {

  /** The audit subject of every change and Test. */
  public static final String SUBJECT = "two-factor settings";

  public static final String SETTINGS_CHANGED = "SETTINGS_CHANGED";
  public static final String HOST_TESTED = "HOST_TESTED";
  public static final String TWILIO_RETIRED = "TWILIO_RETIRED";

  /** The confirmation asked before switching mobile authentication on while Twilio is on. */
  public static final String MOBILE_AUTHENTICATION_WARNING =
      "Mobile Authentication and Twilio Credentials Verification cannot be on at the same time."
          + " Switching on Mobile Authentication deletes Twilio Credentials Verification from this"
          + " server permanently, with every phone number registered for SMS authentication;"
          + " it cannot be enabled again later.";

  /** The confirmation asked before switching Twilio off. */
  public static final String TWILIO_OFF_WARNING =
      "Switching off Twilio Credentials Verification deletes it from this server permanently,"
          + " with every phone number registered for SMS authentication; it cannot be enabled"
          + " again later. Users then log in without SMS until Mobile Authentication is set up.";

  private static final String CONFIRM_HINT = " Confirm with confirmTwilioRemoval=true.";

  @Resource SessionContext context;
  @Inject SettingsRepository settings;
  @Inject HostProbe probe;
  @Inject Event<Audited> audit;
  @Inject AccountRepository accounts;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject RecoveryCodes recoveryCodes;
  @Inject TwilioRetirement retirement;
  @Inject TwilioSettingsRepository twilio;

  @Inject Clock clock;

  public TwoFactorSettingsDetails current() {
    return details(settings.twoFactor());
  }

  /**
   * Saves the whole new settings, if nobody changed them since the caller read {@code
   * change.version()}, and audits every setting that changed. Settings under which system users
   * could no longer log in are refused with the reason ({@link SystemUserAccess}).
   */
  @RolesAllowed(ADMIN)
  public TwoFactorSettingsDetails change(@NotNull @Valid TwoFactorSettingsChanges change) {
    TwoFactorSettings stored = forChange(change.version());
    TwoFactorSettingsDetails before = details(stored);
    // Twilio and mobile authentication are never on together: asking for mobile authentication
    // while Twilio is active is switching it on, which retires Twilio for good.
    Optional<TwilioRetirement.Removed> retired = Optional.empty();
    if (change.mobileAuthentication() && before.twilio() == TwilioState.ACTIVE) {
      if (!change.confirmTwilioRemoval()) {
        throw new InvalidChangeException(MOBILE_AUTHENTICATION_WARNING + CONFIRM_HINT);
      }
      retired = Optional.of(retirement.retire(stored));
    }
    HostRegistration host = change.host() == null ? null : registration(change.host());
    try {
      stored.apply(
          change.mobileAuthentication(),
          change.authenticatorApp(),
          change.thirdPartyName(),
          host,
          change.requireForSystemUsers());
      if (change.brandedApp() != null) {
        BrandedAppDetails branded = change.brandedApp().over(before.brandedApp());
        stored.brandApp(branded.name(), branded.appStoreUrl(), branded.playStoreUrl());
      }
      refuseIfStranding(stored);
      settings.flush();
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    } catch (OptimisticLockException e) {
      throw stale(change.version());
    }
    TwoFactorSettingsDetails after = details(stored);
    retired.ifPresent(
        removed ->
            audit.fire(
                Audited.success(
                    caller(), SUBJECT, TWILIO_RETIRED, "mobile authentication; " + removed)));
    before.changesTo(after).audited(caller(), SUBJECT, SETTINGS_CHANGED).ifPresent(audit::fire);
    return after;
  }

  /**
   * Asks the given host, or the saved one when none is given, for this server's readiness page, as
   * the branded mobile app would. A successful Test of the saved host is recorded with it.
   */
  @RolesAllowed(ADMIN)
  public HostTestResult testHost(@Valid HostAddress address) {
    Optional<HostRegistration> saved = settings.twoFactor().host();
    HostRegistration host =
        isBlank(address)
            ? saved.orElseThrow(
                () ->
                    new InvalidChangeException(
                        "No host is registered yet: enter the protocol, host name and port to"
                            + " test"))
            : registration(address);
    HostTestOutcome outcome = probe.test(host);
    // The database keeps microseconds: answer with the time as it is stored.
    Instant testedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    boolean recorded =
        outcome.success()
            && saved.filter(host::equals).isPresent()
            && settings.recordSuccessfulHostTest(host, testedAt);
    String detail = host.baseUrl() + ": " + outcome.result();
    audit.fire(
        outcome.success()
            ? Audited.success(caller(), SUBJECT, HOST_TESTED, detail)
            : Audited.failure(caller(), SUBJECT, HOST_TESTED, detail));
    return new HostTestResult(
        outcome.success(), outcome.result(), outcome.message(), host.baseUrl(), testedAt, recorded);
  }

  /**
   * Switches legacy Twilio SMS off for good ("Switch off Twilio Credentials Verification"), after
   * the administrator confirmed the warning.
   */
  @RolesAllowed(ADMIN)
  public TwoFactorSettingsDetails retireTwilio(boolean confirmed) {
    TwoFactorSettings stored = settings.twoFactor();
    if (stored.twilioRetired()) {
      throw new ConflictingChangeException(TwilioAdministration.TWILIO_GONE);
    }
    if (twilio.find().isEmpty()) {
      throw new ConflictingChangeException(TwilioAdministration.TWILIO_NEVER_SET_UP);
    }
    if (!confirmed) {
      throw new InvalidChangeException(TWILIO_OFF_WARNING + CONFIRM_HINT);
    }
    TwilioRetirement.Removed removed = retirement.retire(stored);
    settings.flush();
    audit.fire(Audited.success(caller(), SUBJECT, TWILIO_RETIRED, "switched off; " + removed));
    return details(stored);
  }

  private TwoFactorSettingsDetails details(TwoFactorSettings stored) {
    return TwoFactorSettingsDetails.of(stored, twilio.find().isPresent());
  }

  private void refuseIfStranding(TwoFactorSettings proposed) {
    Optional<String> refusal =
        SystemUserAccess.refusal(
            new SystemUserAccess.Proposal(
                proposed.mobileAuthentication(),
                proposed.authenticatorApp(),
                proposed.hostLastTestedAt().isPresent(),
                proposed.requireForSystemUsers(),
                callerHasSecondFactor()));
    if (refusal.isPresent()) {
      audit.fire(Audited.failure(caller(), SUBJECT, SETTINGS_CHANGED, refusal.get()));
      throw new ConflictingChangeException(refusal.get());
    }
  }

  /** The saving administrator could pass a second step now. */
  private boolean callerHasSecondFactor() {
    Optional<Account> me = accounts.findByLoginName(caller());
    return me.isPresent()
        && (devices.countPaired(me.get()) > 0 || recoveryCodes.unused(me.get()) > 0);
  }

  private TwoFactorSettings forChange(long version) {
    try {
      return settings.twoFactorForChange(version);
    } catch (OptimisticLockException e) {
      throw stale(version);
    }
  }

  private ConflictingChangeException stale(long version) {
    return new ConflictingChangeException(
        "The two-factor settings were changed by someone else after you read them (version "
            + version
            + "). Load them again and redo your change.");
  }

  private static HostRegistration registration(HostAddress address) {
    if (address.protocol() == null) {
      throw new InvalidChangeException("Choose the protocol of the host: http or https");
    }
    if (address.port() == null) {
      throw new InvalidChangeException("The port must be between 1 and 65535");
    }
    try {
      return new HostRegistration(
          Protocol.valueOf(address.protocol().strip().toUpperCase(Locale.ROOT)),
          address.name(),
          address.port());
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(e.getMessage());
    }
  }

  private static boolean isBlank(HostAddress address) {
    return address == null
        || ((address.protocol() == null || address.protocol().isBlank())
            && (address.name() == null || address.name().isBlank())
            && address.port() == null);
  }

  private String caller() {
    return Caller.of(context).loginName();
  }
}
