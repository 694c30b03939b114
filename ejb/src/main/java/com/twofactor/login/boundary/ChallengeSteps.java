package com.twofactor.login.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.clients.entity.ClientContext;
import com.twofactor.config.LockoutConfig;
import com.twofactor.config.TotpConfig;
import com.twofactor.login.boundary.LoginResult.Authenticated;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.control.AccessTokens;
import com.twofactor.login.control.FailureBudget;
import com.twofactor.login.control.SourceThrottle;
import com.twofactor.login.entity.ChallengeState;
import com.twofactor.login.entity.LoginChallenge;
import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.shared.boundary.GoneException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.ClientType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the password step and every way of answering a login challenge share: admitting a try (the
 * source address's throttle, the account's failure budget), counting a wrong one, and ending the
 * login when it is right. Every check and count is one conditional update in the database, so the
 * rules hold under concurrent tries on any nodes of a cluster.
 *
 * <p>Over 250 lines on purpose: keeping every admission, count and ending of a login step in one
 * class is what lets every way of answering (code, recovery code, push, SMS, pairing) share them
 * rather than repeat them.
 */
@ApplicationScoped
public class ChallengeSteps {

  @Inject LoginChallengeRepository challenges;
  @Inject AccountRepository accounts;
  @Inject AccessTokens tokens;
  @Inject FailureBudget budget;
  @Inject SourceThrottle throttle;
  @Inject TotpConfig totp;
  @Inject LockoutConfig lockout;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;
  @Inject Clock clock;

  /** The challenge, still open; else 410. */
  public LoginChallenge open(String id) {
    LoginChallenge challenge = challenges.find(id).orElseThrow(ChallengeSteps::gone);
    if (!challenge.isOpenAt(clock.instant())) {
      throw gone();
    }
    return challenge;
  }

  /**
   * Lets one try of {@code account} from {@code address} go ahead, or says why not: the address
   * must wait (429), or the account is locked (423). An admitted try counts as a failure until
   * {@link #giveBack} or {@link #complete} says otherwise.
   */
  public Optional<Refused> admit(Account account, String address) {
    Optional<Refused> throttled = throttled(address, clock.instant());
    return throttled.isPresent() ? throttled : takeTry(account, address);
  }

  /**
   * {@link #admit} for a caller that has just checked the address itself: takes the try from the
   * account's budget, or says the account is locked.
   */
  public Optional<Refused> takeTry(Account account, String address) {
    Instant now = clock.instant();
    if (!budget.takeTry(account.id(), now)) {
      return Optional.of(refuseLocked(account, address, now));
    }
    return Optional.empty();
  }

  /**
   * {@link #takeTry} in the caller's transaction, for a login whose password was right and that
   * answers the second step at once: the password's try, not given back, carries over to the code
   * in one update, which leaves the count as giving it back and taking a new one would (and makes
   * the account's row the transaction's own). Should that transaction roll back, the password's
   * try, counted apart, stays counted.
   */
  public Optional<Refused> takeTryAgain(Account account, String address) {
    Instant now = clock.instant();
    if (accounts.carryTryOver(account.id(), lockout.maxFailures(), now)) {
      return Optional.empty();
    }
    giveBack(account);
    if (accounts.lockIfSpent(account.id(), lockout.maxFailures(), now.plus(lockout.duration()))) {
      challenges.revokeOpenOf(account.id());
    }
    return Optional.of(refuseLocked(account, address, now));
  }

  private Refused refuseLocked(Account account, String address, Instant now) {
    countOn(address, now);
    audit.fire(
        Audited.failure(account.loginName(), account.loginName(), "LOGIN_FAILED", "locked")
            .from(address));
    return new Refused(Reason.LOCKED, accounts.currentLock(account.id()));
  }

  /** The address must wait before its next try, if it must. */
  public Optional<Refused> throttled(String address, Instant now) {
    return throttle
        .waitFor(address, now)
        .map(wait -> new Refused(Reason.THROTTLED, Optional.of(now.plus(wait))));
  }

  /** A login name nobody has: no budget to count it on, but the address counts it. */
  public void unknownAccount(String address) {
    countOn(address, clock.instant());
  }

  /**
   * One more failure of the address; when it must wait from now on, that is audited once (the
   * refused tries while it waits are not: they cost nothing and would only flood the trail).
   */
  private void countOn(String address, Instant now) {
    throttle
        .recordFailure(address, now)
        .ifPresent(
            wait ->
                audit.fire(
                    Audited.failure(
                            "anonymous",
                            null,
                            "ADDRESS_THROTTLED",
                            "waits " + wait.toSeconds() + " s before its next try")
                        .from(address)));
  }

  /** An admitted try was right but the login is not complete yet (or refused for another cause). */
  public void giveBack(Account account) {
    accounts.giveBackTry(account.id());
  }

  /**
   * A wrong password or code: the try stays counted; a spent budget locks the account and ends
   * every open login of it; the address counts one more failure.
   *
   * @return whether the account is locked now, and until when
   */
  public Optional<Instant> fail(Account account, String address, String action, String detail) {
    Instant now = clock.instant();
    Instant until = now.plus(lockout.duration());
    boolean locked = accounts.lockIfSpent(account.id(), lockout.maxFailures(), until);
    int ended = locked ? challenges.revokeOpenOf(account.id()) : 0;
    countOn(address, now);
    audit.fire(
        Audited.failure(
                account.loginName(),
                account.loginName(),
                locked ? "ACCOUNT_LOCKED" : action,
                detail
                    + (locked
                        ? "; locked until " + until + "; " + ended + " open login(s) ended"
                        : ""))
            .from(address));
    return locked ? Optional.of(until) : Optional.empty();
  }

  /** A wrong answer to a challenge: counted on the challenge too, which dies after too many. */
  public Refused wrongAnswer(LoginChallenge challenge, String action) {
    return wrongAnswer(challenge, action, totp.maxFailures());
  }

  /**
   * A wrong answer to a challenge whose wrong answers are limited to {@code maxFailures} (the
   * Twilio settings' "consecutive invalid passcode attempts allowed" for SMS passcodes).
   */
  public Refused wrongAnswer(LoginChallenge challenge, String action, int maxFailures) {
    // The account's row first, the challenges' after, on every path: no two logins wait on each
    // other (a lock ends every open challenge of the account).
    accounts.lockRow(challenge.account().id());
    boolean dead = challenges.recordFailure(challenge.id(), maxFailures);
    Optional<Instant> locked =
        fail(
            challenge.account(),
            addressOf(challenge),
            action,
            "wrong code" + (dead ? "; challenge ended" : ""));
    if (locked.isPresent()) {
      return new Refused(Reason.LOCKED, locked);
    }
    return Refused.because(dead ? Reason.CHALLENGE_FAILED : Reason.WRONG_CODE);
  }

  /**
   * The answer was right: the challenge ends (exactly one of concurrent answers gets here; the
   * others get 410) and the login is complete.
   */
  public Authenticated succeed(LoginChallenge challenge, String how) {
    accounts.lockRow(challenge.account().id());
    ChallengeState state =
        challenge.isConsole() ? ChallengeState.COMPLETED : ChallengeState.REDEEMED;
    if (!challenges.finish(challenge.id(), state, clock.instant())) {
      throw gone();
    }
    return complete(challenge.account(), challenge.client(), addressOf(challenge), how);
  }

  /**
   * A login is complete: the whole failure budget again, the client recorded on a backup user (only
   * now, so a refused login records nothing), the success audited, the token issued.
   */
  public Authenticated complete(Account account, ClientContext client, String address, String how) {
    recordSuccess(account, client, address, how);
    return authenticated(account, client);
  }

  /**
   * The answer came from elsewhere than the login's client (the branded app approved, or paired
   * itself): the challenge is complete, and the login's client collects its session or token when
   * it next asks ({@code LoginChallenges.status}, the console's redemption).
   */
  public void succeedElsewhere(LoginChallenge challenge, String how) {
    accounts.lockRow(challenge.account().id());
    if (!challenges.finish(challenge.id(), ChallengeState.COMPLETED, clock.instant())) {
      throw gone();
    }
    recordSuccess(challenge.account(), challenge.client(), challenge.sourceAddress(), how);
  }

  /** The user denied the login on the phone: it is over (the caller audits why). */
  public void endDenied(LoginChallenge challenge) {
    accounts.lockRow(challenge.account().id());
    if (!challenges.finish(challenge.id(), ChallengeState.FAILED, clock.instant())) {
      throw gone();
    }
  }

  private void recordSuccess(Account account, ClientContext client, String address, String how) {
    accounts.resetFailures(account.id());
    if (account instanceof BackupUser user && client.type().isBackupClient()) {
      user.recordClient(
          ClientType.valueOf(client.type().name()),
          client.version().map(Object::toString).orElse(null));
    }
    audit.fire(
        Audited.success(
                account.loginName(),
                account.loginName(),
                "LOGIN_SUCCEEDED",
                "connection " + client + (how == null ? "" : "; " + how))
            .from(address));
  }

  /** The login of a completed challenge, for the console session that redeems it. */
  public Authenticated authenticated(Account account, ClientContext client) {
    return new Authenticated(
        account.loginName(),
        account.securityGroup(),
        tokens.issueFor(account, client.type()),
        account.securityStamp());
  }

  /** Where the current answer comes from: the request's address, else the login's. */
  public String addressOf(LoginChallenge challenge) {
    return origin.sourceAddress().orElse(challenge.sourceAddress());
  }

  public static GoneException gone() {
    return new GoneException("This login has expired or is already finished; log in again");
  }
}
