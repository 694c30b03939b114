package com.twofactor.login.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.clients.entity.ClientContext;
import com.twofactor.config.TwoFactorPolicyConfig;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.login.entity.ChallengeState;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.login.entity.LoginChallenge;
import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.policy.control.Decision;
import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.recovery.control.RecoveryCodes;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import com.twofactor.totp.control.TotpCodes;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The second step of a login: opened by {@link Logins} when the two-factor policy asks for more
 * than the password, answered here. A challenge is identified by 128 random bits, expires, and ends
 * a login at most once — whichever node of a cluster answers it. Every answer is a try from the
 * account's failure budget and is refused while the account is locked; a lock ends every open
 * challenge of the account, and an account has at most a few open at once.
 */
@Stateless
@PermitAll
@Interceptors(LoginCounting.class)
public class LoginChallenges {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject LoginChallengeRepository challenges;
  @Inject AccountRepository accounts;
  @Inject SettingsRepository settings;
  @Inject TwoFactorPolicyConfig config;
  @Inject ChallengeSteps steps;
  @Inject TwilioSettingsRepository twilio;
  @Inject TotpCodes codes;
  @Inject RecoveryCodes recoveryCodes;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;
  @Inject Clock clock;

  /**
   * Opens the second step the policy asked for; called by {@link Logins} in its transaction. The
   * account's row is locked first, so concurrent logins of one account open challenges one at a
   * time and the oldest beyond the limit are ended.
   */
  public SecondStepNeeded open(
      Account account, Decision decision, ClientContext client, String sourceAddress) {
    Instant now = clock.instant();
    accounts.lockRow(account.id());
    challenges.revokeOldestBeyond(account.id(), config.maxOpenChallenges() - 1, now);
    ChallengeStep step = stepOf(decision);
    var challenge =
        new LoginChallenge(
            newId(),
            account,
            client,
            step,
            methodsOf(decision),
            sourceAddress,
            now,
            now.plus(config.challengeTtl()));
    challenges.add(challenge);
    return new SecondStepNeeded(
        challenge.id(),
        challenge.step(),
        challenge.methods(),
        challenge.expiresAt(),
        settings.twoFactor().authenticatorApp());
  }

  /** Where a login's second step stands. */
  public ChallengeStatus status(@NotNull String id) {
    LoginChallenge challenge = find(id);
    Instant now = clock.instant();
    String state =
        switch (challenge.state()) {
          case PENDING -> challenge.isOpenAt(now) ? challenge.step().name() : "EXPIRED";
          case COMPLETED, REDEEMED -> "AUTHENTICATED";
          case FAILED -> "FAILED";
          case REVOKED -> "EXPIRED";
        };
    return new ChallengeStatus(
        challenge.id(), state, challenge.methods(), challenge.expiresAt(), authenticatorApp());
  }

  /**
   * The user skipped the skippable setup prompt ("Skip"), perhaps for good ("Do not show this
   * message again"). A required setup cannot be skipped.
   */
  public LoginResult skip(@NotNull String id, boolean doNotShowAgain) {
    LoginChallenge challenge = steps.open(id);
    if (challenge.step() != ChallengeStep.SETUP_PROMPT) {
      throw new ForbiddenChangeException(
          "Two-factor authentication is required for this account: pair a device to log in");
    }
    Account account = challenge.account();
    if (doNotShowAgain) {
      account.stopShowingSetupPrompt();
    }
    audit.fire(
        Audited.success(
                account.loginName(),
                account.loginName(),
                "TWO_FACTOR_SETUP_SKIPPED",
                doNotShowAgain ? "do not show again" : null)
            .from(steps.addressOf(challenge)));
    return steps.succeed(challenge, "setup skipped");
  }

  /**
   * Answers a challenge with a code from a paired authenticator app. A code is accepted once: the
   * same code again, on this node or another, is a wrong code.
   */
  public LoginResult answerTotp(@NotNull String id, @NotNull String code) {
    LoginChallenge challenge = steps.open(id);
    if (!challenge.methods().contains(ChallengeMethod.TOTP)) {
      throw new ForbiddenChangeException("This login cannot be finished with an app code");
    }
    Optional<Refused> notAdmitted = steps.admit(challenge.account(), steps.addressOf(challenge));
    if (notAdmitted.isPresent()) {
      return notAdmitted.get();
    }
    if (codes.acceptFromAny(challenge.account(), code).isEmpty()) {
      return steps.wrongAnswer(challenge, "TOTP_FAILED");
    }
    return steps.succeed(challenge, "TOTP");
  }

  /**
   * Answers a challenge with one of the account's recovery codes instead of a device code. Only a
   * challenge takes one (the account has paired a device, which is when codes are made), not the
   * setup steps. A code works once, even when sent concurrently; a wrong or used code counts like a
   * wrong device code.
   */
  public LoginResult answerRecoveryCode(@NotNull String id, @NotNull String code) {
    LoginChallenge challenge = steps.open(id);
    if (challenge.step() != ChallengeStep.CHALLENGE) {
      throw new ForbiddenChangeException(
          "A recovery code replaces the code of a paired device; this login has none to replace");
    }
    Account account = challenge.account();
    Optional<Refused> notAdmitted = steps.admit(account, steps.addressOf(challenge));
    if (notAdmitted.isPresent()) {
      return notAdmitted.get();
    }
    if (!recoveryCodes.spend(account.id(), code)) {
      return steps.wrongAnswer(challenge, "RECOVERY_CODE_FAILED");
    }
    audit.fire(
        Audited.success(
                account.loginName(),
                account.loginName(),
                "RECOVERY_CODE_USED",
                recoveryCodes.unused(account) + " unused left")
            .from(steps.addressOf(challenge)));
    return steps.succeed(challenge, "recovery code");
  }

  /**
   * Answers the second step in the login request itself (the one-request login of an API client): a
   * try from the account's failure budget like any answer, a code of a paired app accepted once
   * (the same replay guard), or a recovery code spent once; a wrong one counts like a wrong answer
   * to a challenge. Called by {@link Logins} in its transaction, after the password was right.
   */
  public LoginResult answerAtOnce(
      Account account,
      Decision.Challenge decision,
      ClientContext client,
      String address,
      SecondFactor factor) {
    Optional<Refused> notAdmitted = steps.takeTryAgain(account, address);
    if (notAdmitted.isPresent()) {
      return notAdmitted.get();
    }
    if (factor.isRecoveryCode()) {
      if (!recoveryCodes.spend(account.id(), factor.recoveryCode())) {
        return wrongAtOnce(account, address, "RECOVERY_CODE_FAILED");
      }
      audit.fire(
          Audited.success(
                  account.loginName(),
                  account.loginName(),
                  "RECOVERY_CODE_USED",
                  recoveryCodes.unused(account) + " unused left")
              .from(address));
      return steps.complete(account, client, address, "recovery code in the login request");
    }
    if (!decision.methods().contains(ChallengeMethod.TOTP)) {
      throw new ForbiddenChangeException("This login cannot be finished with an app code");
    }
    if (factor.code() == null || codes.acceptFromAny(account, factor.code()).isEmpty()) {
      return wrongAtOnce(account, address, "TOTP_FAILED");
    }
    return steps.complete(account, client, address, "TOTP in the login request");
  }

  private Refused wrongAtOnce(Account account, String address, String action) {
    // The account's row first, as on every path that may lock it.
    accounts.lockRow(account.id());
    Optional<Instant> locked = steps.fail(account, address, action, "wrong code");
    return locked.isPresent()
        ? new Refused(LoginResult.Reason.LOCKED, locked)
        : Refused.because(LoginResult.Reason.WRONG_CODE);
  }

  /**
   * Turns a completed console challenge into the console session, once. The challenge id never
   * leaves the server's HTTP session, so only the browser that logged in can redeem it.
   */
  public LoginResult redeem(@NotNull String id) {
    LoginChallenge challenge = challenges.find(id).orElseThrow(ChallengeSteps::gone);
    if (challenge.state() != ChallengeState.COMPLETED || !challenges.redeem(id)) {
      throw ChallengeSteps.gone();
    }
    return steps.authenticated(challenge.account(), challenge.client());
  }

  private LoginChallenge find(String id) {
    return challenges
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException("No login challenge " + id));
  }

  private AuthenticatorApp authenticatorApp() {
    return settings.twoFactor().authenticatorApp();
  }

  /**
   * The methods of a challenge; a setup step while legacy Twilio SMS is on has the SMS flavour (add
   * and verify a phone number), which its method says.
   */
  private Set<ChallengeMethod> methodsOf(Decision decision) {
    if (decision instanceof Decision.Challenge c) {
      return EnumSet.copyOf(c.methods());
    }
    if (twilio.find().isPresent() && !settings.twoFactor().mobileAuthentication()) {
      return EnumSet.of(ChallengeMethod.SMS);
    }
    return EnumSet.noneOf(ChallengeMethod.class);
  }

  private static ChallengeStep stepOf(Decision decision) {
    if (decision instanceof Decision.SetupPrompt) {
      return ChallengeStep.SETUP_PROMPT;
    }
    if (decision instanceof Decision.SetupRequired) {
      return ChallengeStep.SETUP_REQUIRED;
    }
    if (decision instanceof Decision.Challenge) {
      return ChallengeStep.CHALLENGE;
    }
    throw new IllegalArgumentException("No second step for " + decision);
  }

  private static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
