package com.twofactor.login.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.clients.entity.ClientContext;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.passwords.control.HashingGate;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.control.Decision;
import com.twofactor.policy.control.TwoFactorDecisions;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.ServiceAccount;
import com.twofactor.users.entity.ServiceKind;
import com.twofactor.users.entity.SystemUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs the password step of a login for the console, the API and the backup clients alike. Before
 * the password is checked the source address must not be throttled and the account must have a try
 * left in its failure budget; after it, the connection type the client claims must be one its
 * account may use, and the two-factor policy decides whether the login is complete, needs a second
 * step, or must be refused.
 */
@Stateless
@PermitAll
@Interceptors(LoginCounting.class)
public class Logins {

  private static final Logger LOG = Logger.getLogger(Logins.class.getName());
  private static final String ANONYMOUS = "anonymous";

  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;
  @Inject TwoFactorDecisions decisions;
  @Inject LoginChallenges challenges;
  @Inject ChallengeSteps steps;
  @Inject Event<Audited> audit;
  @Inject Clock clock;

  public LoginResult login(@NotNull @Valid LoginRequest request) {
    return login(request, Optional.empty());
  }

  /**
   * The one-request login: the password and the second factor at once. Where the policy asks for a
   * code from a paired device, the factor answers it as a challenge would, with the same tries,
   * replay guard and audit, and no challenge is opened; otherwise the login answers as without it.
   */
  public LoginResult login(
      @NotNull @Valid LoginRequest request, @NotNull @Valid SecondFactor factor) {
    return login(request, Optional.of(factor));
  }

  private LoginResult login(LoginRequest request, Optional<SecondFactor> factor) {
    char[] password = request.password().toCharArray();
    String address = request.sourceAddress();
    Instant now = clock.instant();
    Optional<Refused> throttled = steps.throttled(address, now);
    if (throttled.isPresent()) {
      // Not logged at INFO: a guesser told to wait would only flood the log.
      LOG.fine(() -> "Login refused: too many failures from " + address);
      return throttled.get();
    }
    // A place among the password hashes before anything counts: a busy server answers 503 at once.
    try (HashingGate.Ticket place = hashing.admit()) {
      return checkPassword(request, password, address, factor);
    }
  }

  private LoginResult checkPassword(
      LoginRequest request, char[] password, String address, Optional<SecondFactor> factor) {
    Optional<Account> found = accounts.findByLoginName(request.loginName());
    if (found.isEmpty()) {
      hashing.verifyDecoy(password);
      steps.unknownAccount(address);
      LOG.info(() -> "Login refused: unknown login name from " + address);
      audit.fire(Audited.unknownLoginName(ANONYMOUS, request.loginName()).from(address));
      return Refused.because(Reason.BAD_CREDENTIALS);
    }
    Account account = found.get();
    Optional<Refused> notAdmitted = steps.takeTry(account, address);
    if (notAdmitted.isPresent()) {
      hashing.verifyDecoy(password);
      LOG.fine(() -> "Login refused: " + account.loginName() + " is locked");
      return notAdmitted.get();
    }
    if (!hashing.verify(password, account.passwordHash())) {
      Optional<Instant> locked = steps.fail(account, address, "LOGIN_FAILED", "wrong password");
      LOG.info(
          () ->
              "Login refused: wrong password for "
                  + account.loginName()
                  + " from "
                  + address
                  + locked.map(until -> "; account locked until " + until).orElse(""));
      return locked.isPresent()
          ? new Refused(Reason.LOCKED, locked)
          : Refused.because(Reason.BAD_CREDENTIALS);
    }
    // A right password gives its try back on every path but one: a code sent with it takes that
    // try over (LoginChallenges.answerAtOnce).
    if (account.isDisabled()) {
      steps.giveBack(account);
      return refuseDisabled(account, address);
    }
    if (hashing.needsUpgrade(account.passwordHash())) {
      account.changePasswordHash(hashing.hash(password));
    }
    Optional<Refused> notAllowed = connectionRefusal(account, request.client());
    if (notAllowed.isPresent()) {
      steps.giveBack(account);
      audit.fire(
          Audited.failure(
                  account.loginName(),
                  account.loginName(),
                  "LOGIN_REFUSED",
                  notAllowed.get().detail().orElse(notAllowed.get().reason().name()))
              .from(address));
      return notAllowed.get();
    }

    Decision decision = decisions.decide(account, request.client());
    if (decision instanceof Decision.Challenge challenge && factor.isPresent()) {
      return challenges.answerAtOnce(account, challenge, request.client(), address, factor.get());
    }
    steps.giveBack(account);
    if (decision instanceof Decision.Refused refused) {
      LOG.info(() -> "Login refused: " + account.loginName() + "'s client cannot do 2FA");
      audit.fire(
          Audited.failure(
                  account.loginName(), account.loginName(), "LOGIN_REFUSED", refused.reason())
              .from(address));
      return new Refused(
          Reason.CLIENT_NOT_CAPABLE, Optional.empty(), Optional.of(refused.reason()));
    }
    if (!(decision instanceof Decision.NotRequired)) {
      return challenges.open(account, decision, request.client(), address);
    }
    return steps.complete(account, request.client(), address, "password");
  }

  /**
   * Whether the account may log in over the connection its client claims. Replication and
   * redirector connections are not covered by two-factor authentication, so only service accounts
   * of those kinds may use them, and service accounts nothing else; API users do not use the
   * console.
   */
  private static Optional<Refused> connectionRefusal(Account account, ClientContext client) {
    ConnectionType type = client.type();
    Optional<ServiceKind> claimed = ServiceKind.of(type);
    if (account instanceof ServiceAccount service) {
      if (claimed.isEmpty() || claimed.get() != service.kind()) {
        return Optional.of(
            refusedConnection(
                "This is a "
                    + service.kind()
                    + " service account: it logs in only as a "
                    + service.kind()
                    + " connection"));
      }
      return Optional.empty();
    }
    if (claimed.isPresent()) {
      return Optional.of(
          refusedConnection(
              type
                  + " connections are for "
                  + type
                  + " service accounts only; log in as "
                  + (account instanceof SystemUser ? "API" : "OBM, ACB or API")
                  + " instead"));
    }
    if (type == ConnectionType.CONSOLE
        && account instanceof SystemUser user
        && !user.role().mayUseConsole()) {
      return Optional.of(Refused.because(Reason.CONSOLE_NOT_ALLOWED));
    }
    return Optional.empty();
  }

  private static Refused refusedConnection(String detail) {
    return new Refused(Reason.CONNECTION_NOT_ALLOWED, Optional.empty(), Optional.of(detail));
  }

  /** Said only to whoever knows the password; the failure count stays as it is. */
  private Refused refuseDisabled(Account account, String address) {
    LOG.info(() -> "Login refused: " + account.loginName() + " is disabled");
    audit.fire(
        Audited.failure(account.loginName(), account.loginName(), "LOGIN_FAILED", "disabled")
            .from(address));
    return Refused.because(Reason.DISABLED);
  }
}
