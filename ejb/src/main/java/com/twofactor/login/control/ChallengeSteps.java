package com.twofactor.login.control;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.config.LockoutConfig;
import com.twofactor.config.TotpConfig;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.Authenticated;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.entity.LoginChallenge;
import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.shared.boundary.GoneException;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What every way of answering a login challenge shares: finding it open, ending the login when the
 * answer is right, and counting a wrong answer against the challenge and the account — the
 * challenge dies after too many, the account is locked like after wrong passwords.
 */
@ApplicationScoped
public class ChallengeSteps {

  @Inject LoginChallengeRepository challenges;
  @Inject AccountRepository accounts;
  @Inject AccessTokens tokens;
  @Inject TotpConfig totp;
  @Inject LockoutConfig lockout;
  @Inject Event<Audited> audit;

  @Inject Clock clock;

  /** The challenge, still open, its version checked at commit; else 410. */
  public LoginChallenge open(String id) {
    LoginChallenge challenge = challenges.findForChange(id).orElseThrow(ChallengeSteps::gone);
    if (!challenge.isOpenAt(clock.instant())) {
      throw gone();
    }
    return challenge;
  }

  /** The answer was right: the login is done (an API client gets its token now). */
  public LoginResult succeed(LoginChallenge challenge, String action) {
    boolean console = challenge.isConsole();
    challenge.complete(clock.instant(), !console);
    Account account = challenge.account();
    accounts.recordSuccessfulLogin(account.id());
    audit.fire(Audited.success(account.loginName(), account.loginName(), action, null));
    return authenticated(challenge);
  }

  /** The login of a completed challenge. */
  public Authenticated authenticated(LoginChallenge challenge) {
    Account account = challenge.account();
    return new Authenticated(
        account.loginName(),
        account.securityGroup(),
        tokens.issueFor(account, challenge.client().type()),
        account.securityStamp());
  }

  /** A wrong code: counted per challenge and per account; the answer says what is left. */
  public Refused wrongAnswer(LoginChallenge challenge, String action) {
    Account account = challenge.account();
    Instant until = clock.instant().plus(lockout.duration());
    boolean dead = challenge.recordFailure(totp.maxFailures());
    boolean locked = accounts.recordFailedLogin(account.id(), lockout.maxFailures(), until);
    audit.fire(
        Audited.failure(
            account.loginName(),
            account.loginName(),
            locked ? "ACCOUNT_LOCKED" : action,
            "wrong code"
                + (dead ? "; challenge ended" : "")
                + (locked ? "; locked until " + until : "")));
    if (locked) {
      return new Refused(Reason.LOCKED, Optional.of(until));
    }
    return new Refused(dead ? Reason.CHALLENGE_FAILED : Reason.WRONG_CODE, Optional.empty());
  }

  public static GoneException gone() {
    return new GoneException("This login has expired or is already finished; log in again");
  }
}
