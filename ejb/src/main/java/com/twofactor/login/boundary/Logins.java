package com.twofactor.login.boundary;

import com.twofactor.config.LockoutConfig;
import com.twofactor.config.TokenConfig;
import com.twofactor.login.boundary.LoginResult.Authenticated;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.control.PasswordHashing;
import com.twofactor.login.control.TokenSigner;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.SystemUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs the password step of a login for the console, the API and the backup clients alike, counts
 * consecutive failures per account and locks the account after too many.
 */
@Stateless
@PermitAll
public class Logins {

  private static final Logger LOG = Logger.getLogger(Logins.class.getName());

  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;
  @Inject LockoutConfig lockout;
  @Inject TokenConfig tokens;

  private Clock clock = Clock.systemUTC();
  private TokenSigner signer;

  @PostConstruct
  void init() {
    signer = new TokenSigner(tokens.keys().privateKey(), tokens.issuer(), tokens.lifetime(), clock);
  }

  public LoginResult login(@NotNull @Valid LoginRequest request) {
    char[] password = request.password().toCharArray();
    Optional<Account> found = accounts.findByLoginName(request.loginName());
    if (found.isEmpty()) {
      hashing.verifyDecoy(password);
      LOG.info(() -> "Login refused: unknown login name from " + request.sourceAddress());
      return new Refused(Reason.BAD_CREDENTIALS, Optional.empty());
    }
    Account account = found.get();
    Instant now = clock.instant();
    boolean locked = account.isLockedAt(now);
    boolean matches = hashing.verify(password, account.passwordHash());

    if (LoginStep.afterPassword(matches, locked) == LoginStep.REFUSED) {
      return refuse(account, matches, locked, now, request);
    }
    if (request.client().type() == ConnectionType.CONSOLE
        && account instanceof SystemUser user
        && !user.role().mayUseConsole()) {
      return new Refused(Reason.CONSOLE_NOT_ALLOWED, Optional.empty());
    }
    complete(account, password, request.client());
    return new Authenticated(
        account.loginName(), account.securityGroup(), tokenFor(account, request.client()));
  }

  private Refused refuse(
      Account account, boolean matches, boolean locked, Instant now, LoginRequest request) {
    if (locked) {
      LOG.info(() -> "Login refused: " + account.loginName() + " is locked");
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
    return lockedNow
        ? new Refused(Reason.LOCKED, Optional.of(until))
        : new Refused(Reason.BAD_CREDENTIALS, Optional.empty());
  }

  private void complete(Account account, char[] password, ClientContext client) {
    accounts.recordSuccessfulLogin(account.id());
    if (hashing.needsUpgrade(account.passwordHash())) {
      account.changePasswordHash(hashing.hash(password));
    }
    if (account instanceof BackupUser user && client.type().isBackupClient()) {
      user.recordClient(ClientType.valueOf(client.type().name()), client.version());
    }
  }

  private Optional<AccessToken> tokenFor(Account account, ClientContext client) {
    if (client.type() == ConnectionType.CONSOLE) {
      return Optional.empty();
    }
    String token = signer.sign(account.loginName(), List.of(account.securityGroup()));
    return Optional.of(new AccessToken(token, signer.lifetime()));
  }
}
