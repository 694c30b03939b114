package com.twofactor.sms.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.sms.control.PhoneNumbers;
import com.twofactor.sms.control.PhoneVerifications;
import com.twofactor.sms.control.PhoneVerifications.Outcome;
import com.twofactor.sms.control.SmsSent;
import com.twofactor.sms.entity.PhoneNumber;
import com.twofactor.sms.entity.PhoneNumberRepository;
import com.twofactor.stepup.boundary.StepUps;
import com.twofactor.users.control.AccountAdministration;
import com.twofactor.users.control.AccountAdministration.Verdict;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The phone numbers of an account for SMS authentication (User Profile › Security Settings): listed
 * with Verified and Last Verified Time, added with their country (stored in E.164 once
 * libphonenumber says the number is valid), verified by a passcode sent to them, removed. Only
 * while Twilio is on. A sub-admin manages the numbers of the backup users it owns; read-only roles
 * only read. A phone number is a second factor: every change needs a fresh step-up of the caller's
 * session, as adding or removing a device does, whether the number is the caller's own or not.
 */
@Stateless
@RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
public class AccountPhones {

  @Resource SessionContext context;
  @Inject AccountRepository accounts;
  @Inject PhoneNumberRepository phones;
  @Inject PhoneVerifications verifications;
  @Inject StepUps stepUps;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;
  @Inject Clock clock;

  public List<PhoneDetails> phonesOf(@NotNull String loginName) {
    return phones.of(administered(loginName)).stream().map(PhoneDetails::of).toList();
  }

  /** Adds a number, not yet verified. */
  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public PhoneDetails add(@NotNull String loginName, String country, String number) {
    verifications.active();
    Account account = forChange(loginName, "PHONE_ADDED");
    if (!PhoneNumbers.isCountry(country)) {
      throw new InvalidChangeException("Choose the country of the phone number");
    }
    String e164 =
        PhoneNumbers.e164(country, number)
            .orElseThrow(
                () ->
                    new InvalidChangeException(
                        "Please enter a valid phone number of the chosen country"));
    if (phones.findOf(account, e164).isPresent()) {
      throw new ConflictingChangeException("This phone number is already in the profile");
    }
    PhoneNumber phone =
        new PhoneNumber(account, country.toUpperCase(Locale.ROOT), e164, clock.instant());
    try {
      phones.add(phone);
    } catch (PersistenceException e) {
      throw new ConflictingChangeException("This phone number is already in the profile");
    }
    audit(loginName, "PHONE_ADDED", PhoneNumbers.masked(phone.country(), e164));
    return PhoneDetails.of(phone);
  }

  /** Sends a passcode to the number, to verify it. */
  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public SmsSent sendPasscode(@NotNull String loginName, @NotNull Long phoneId) {
    Account account = forChange(loginName, "PHONE_VERIFICATION_SENT");
    PhoneNumber phone = phoneOf(account, phoneId);
    SmsSent sent = verifications.send(phone, account.loginName());
    audit(loginName, "PHONE_VERIFICATION_SENT", sent.maskedNumber());
    return sent;
  }

  /** The passcode sent to the number, typed back: the number is verified. */
  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public PhoneCheck verify(@NotNull String loginName, @NotNull Long phoneId, String passcode) {
    Account account = forChange(loginName, "PHONE_VERIFIED");
    PhoneNumber phone = phoneOf(account, phoneId);
    Outcome outcome = verifications.check(phone, passcode);
    String masked = PhoneNumbers.masked(phone.country(), phone.e164());
    if (outcome == Outcome.VERIFIED) {
      audit(loginName, "PHONE_VERIFIED", masked);
    } else {
      audit.fire(
          Audited.failure(caller(), loginName, "PHONE_VERIFIED", masked + "; passcode " + outcome)
              .from(origin.sourceAddress().orElse(null)));
    }
    return new PhoneCheck(outcome, PhoneDetails.of(phone), messageOf(outcome));
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public void remove(@NotNull String loginName, @NotNull Long phoneId) {
    Account account = forChange(loginName, "PHONE_REMOVED");
    PhoneNumber phone = phoneOf(account, phoneId);
    phones.remove(phone);
    audit(loginName, "PHONE_REMOVED", PhoneNumbers.masked(phone.country(), phone.e164()));
  }

  /** What to tell the user about a typed passcode. */
  static String messageOf(Outcome outcome) {
    return switch (outcome) {
      case VERIFIED -> "The phone number is verified";
      case WRONG -> "The passcode is not correct";
      case EXPIRED -> "The passcode has expired; resend a new one";
      case VOID -> "Too many wrong passcodes; resend a new one";
    };
  }

  private PhoneNumber phoneOf(Account account, Long phoneId) {
    return phones
        .findLocked(phoneId)
        .filter(p -> p.account().id().equals(account.id()))
        .orElseThrow(() -> new RecordNotFoundException("No phone number " + phoneId));
  }

  /** The account, if the caller may see it: a sub-admin only its own backup users. */
  private Account administered(String loginName) {
    return Caller.of(context).knownAccount(accounts, loginName);
  }

  /**
   * The account, if the caller may change its factors and its session stepped up lately; else 404,
   * 403, or 403 asking for a step-up.
   */
  private Account forChange(String loginName, String action) {
    Account account =
        accounts
            .findByLoginName(loginName)
            .orElseThrow(() -> new RecordNotFoundException("No account " + loginName));
    Verdict verdict = AccountAdministration.toChangeFactors(Caller.of(context), account);
    if (!verdict.granted()) {
      audit.fire(
          Audited.failure(caller(), loginName, action, verdict.reason())
              .from(origin.sourceAddress().orElse(null)));
    }
    switch (verdict.access()) {
      case HIDDEN -> throw new RecordNotFoundException("No account " + loginName);
      case FORBIDDEN -> throw new ForbiddenChangeException(verdict.reason());
      default -> stepUps.requireFreshProof();
    }
    return account;
  }

  private void audit(String subject, String action, String detail) {
    audit.fire(
        Audited.success(caller(), subject, action, detail)
            .from(origin.sourceAddress().orElse(null)));
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
