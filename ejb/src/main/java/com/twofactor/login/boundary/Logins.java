package com.twofactor.login.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.config.LockoutConfig;
import com.twofactor.login.boundary.LoginResult.Authenticated;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.control.AccessTokens;
import com.twofactor.login.control.PasswordHashing;
import com.twofactor.login.entity.ClientContext;
import com.twofactor.login.entity.ClientVersion;
import com.twofactor.login.entity.ConnectionType;
import com.twofactor.policy.control.Decision;
import com.twofactor.policy.control.TwoFactorDecisions;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.SystemUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs the password step of a login for the console, the API and the backup clients alike: counts
 * consecutive failures per account and locks the account after too many, then asks the two-factor
 * policy whether the login is complete, needs a second step, or must be refused.
 */
@Stateless
@PermitAll
public class Logins {

  private static final Logger LOG = Logger.getLogger(Logins.class.getName());
  private static final String ANONYMOUS = "anonymous";

  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;
  @Inject LockoutConfig lockout;
  @Inject AccessTokens tokens;
  @Inject TwoFactorDecisions decisions;
  @Inject LoginChallenges challenges;
  @Inject Event<Audited> audit;

  @Inject Clock clock;

  public LoginResult login(@NotNull @Valid LoginRequest request) {
    char[] password = request.password().toCharArray();
    Optional<Account> found = accounts.findByLoginName(request.loginName());
    if (found.isEmpty()) {
      hashing.verifyDecoy(password);
      LOG.info(() -> "Login refused: unknown login name from " + request.sourceAddress());
      audit.fire(
          Audited.unknownLoginName(ANONYMOUS, request.loginName()).from(request.sourceAddress()));
      return new Refused(Reason.BAD_CREDENTIALS, Optional.empty());
    }
    Account account = found.get();
    Instant now = clock.instant();
    boolean locked = account.isLockedAt(now);
    boolean matches = hashing.verify(password, account.passwordHash());
    if (!matches || locked) {
      return refuse(account, matches, locked, now, request);
    }
    if (request.client().type() == ConnectionType.CONSOLE
        && account instanceof SystemUser user
        && !user.role().mayUseConsole()) {
      return new Refused(Reason.CONSOLE_NOT_ALLOWED, Optional.empty());
    }
    recordRightPassword(account, password, request.client());

    Decision decision = decisions.decide(account, request.client());
    if (decision instanceof Decision.Refused refused) {
      LOG.info(() -> "Login refused: " + account.loginName() + "'s client cannot do 2FA");
      audit.fire(
          Audited.failure(
                  account.loginName(), account.loginName(), "LOGIN_REFUSED", refused.reason())
              .from(request.sourceAddress()));
      return new Refused(
          Reason.CLIENT_NOT_CAPABLE, Optional.empty(), Optional.of(refused.reason()));
    }
    if (LoginStep.afterPassword(true, false, !(decision instanceof Decision.NotRequired))
        == LoginStep.SECOND_FACTOR) {
      return challenges.open(account, decision, request.client(), request.sourceAddress());
    }
    return new Authenticated(
        account.loginName(),
        account.securityGroup(),
        tokens.issueFor(account, request.client().type()));
  }

  private Refused refuse(
      Account account, boolean matches, boolean locked, Instant now, LoginRequest request) {
    if (locked) {
      LOG.info(() -> "Login refused: " + account.loginName() + " is locked");
      audit.fire(
          Audited.failure(account.loginName(), account.loginName(), "LOGIN_FAILED", "locked")
              .from(request.sourceAddress()));
      return new Refused(Reason.LOCKED, account.lockedUntil());
    }
    Instant until = now.plus(lockout.duration());
    boolean lockedNow = accounts.recordFailedLogin(account.id(), lockout.maxFailures(), until);
    LOG.info(
        () ->
            "Login refused: wrong password for "
                + account.loginName()
                + " from "
                + request.sourceAddress()
                + (lockedNow ? "; account locked until " + until : ""));
    audit.fire(
        Audited.failure(
                account.loginName(),
                account.loginName(),
                lockedNow ? "ACCOUNT_LOCKED" : "LOGIN_FAILED",
                lockedNow ? "locked until " + until : "wrong password")
            .from(request.sourceAddress()));
    return lockedNow
        ? new Refused(Reason.LOCKED, Optional.of(until))
        : new Refused(Reason.BAD_CREDENTIALS, Optional.empty());
  }

  private void recordRightPassword(Account account, char[] password, ClientContext client) {
    accounts.recordSuccessfulLogin(account.id());
    if (hashing.needsUpgrade(account.passwordHash())) {
      account.changePasswordHash(hashing.hash(password));
    }
    if (account instanceof BackupUser user && client.type().isBackupClient()) {
      user.recordClient(
          ClientType.valueOf(client.type().name()),
          client.version().map(ClientVersion::toString).orElse(null));
    }
  }
}
