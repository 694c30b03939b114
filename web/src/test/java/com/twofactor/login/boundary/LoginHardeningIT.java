package com.twofactor.login.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.it.Deployments;
import com.twofactor.it.TestData;
import com.twofactor.login.boundary.LoginResult.Authenticated;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.GoneException;
import com.twofactor.shared.boundary.ServiceBusyException;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.ServiceAccountRepository;
import com.twofactor.users.entity.ServiceKind;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacks on the login that the login boundary must refuse, inside Payara Micro on the real
 * database: claiming a connection type that skips two-factor authentication, guessing past the
 * failure budget (one at a time, across challenges and in parallel) and keeping many challenges
 * open. The throttling of source addresses is off on this test server (see {@code ThrottlingIT}).
 */
@ExtendWith(ArquillianExtension.class)
class LoginHardeningIT {

  private static final String PASSWORD = "hardening-Password-1";
  private static final int MAX_FAILURES = 10;

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar(LoginHardeningIT.class);
  }

  @Inject Logins logins;
  @Inject TestData data;
  @Inject LoginChallenges challenges;
  @Inject LoginPairings pairings;
  @Inject AccountRepository accounts;
  @Inject SystemUserRepository systemUsers;
  @Inject BackupUserRepository backupUsers;
  @Inject ServiceAccountRepository serviceAccounts;
  @Inject PolicyGroupRepository groups;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject PasswordHashing hashing;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/twofactor")
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @AfterEach
  void restoreDefaultSettings() throws SQLException {
    settings(false, false);
  }

  @Test
  void aBackupUserClaimingReplicationOrRedirectorIsRefusedAndNothingIsRecorded() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);

    for (ConnectionType type : List.of(ConnectionType.REPLICATION, ConnectionType.REDIRECTOR)) {
      Refused refused =
          assertInstanceOf(
              Refused.class,
              logins.login(request(user, PASSWORD, ClientContext.of(type, "10.1.0.0"))));
      assertEquals(Reason.CONNECTION_NOT_ALLOWED, refused.reason());
      assertTrue(refused.detail().orElseThrow().contains(type + " service accounts only"));
    }
    assertTrue(clientVersionOf(user) == null, "a refused login records no client");
  }

  @Test
  void theBuiltInAdminClaimingReplicationIsRefused() throws Exception {
    settings(true, true);
    String admin = data.systemUser("admin", Role.ADMIN, PASSWORD);

    Refused refused =
        assertInstanceOf(
            Refused.class,
            logins.login(
                request(admin, PASSWORD, new ClientContext(ConnectionType.REPLICATION, null))));

    assertEquals(Reason.CONNECTION_NOT_ALLOWED, refused.reason());
  }

  @Test
  void aServiceAccountLogsInOnlyAsItsOwnKindWithItsScopeOnly() throws Exception {
    settings(true, true);
    String service = data.serviceAccount("svc", ServiceKind.REPLICATION, PASSWORD);

    Authenticated replication =
        assertInstanceOf(
            Authenticated.class,
            logins.login(
                request(service, PASSWORD, new ClientContext(ConnectionType.REPLICATION, null))));
    assertEquals("SERVICE_REPLICATION", replication.group());
    assertTrue(replication.token().isPresent());

    for (ClientContext other :
        List.of(
            ClientContext.API,
            ClientContext.CONSOLE,
            new ClientContext(ConnectionType.REDIRECTOR, null),
            ClientContext.of(ConnectionType.OBM, "10.1.0.0"))) {
      assertEquals(
          Reason.CONNECTION_NOT_ALLOWED,
          assertInstanceOf(Refused.class, logins.login(request(service, PASSWORD, other))).reason(),
          other.toString());
    }
  }

  @Test
  void theClientIsRecordedOnlyWhenTheWholeLoginSucceeds() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    byte[] secret = pairDevice(user);

    SecondStepNeeded challenge =
        assertInstanceOf(
            SecondStepNeeded.class,
            logins.login(
                request(user, PASSWORD, ClientContext.of(ConnectionType.OBM, "10.1.0.0"))));
    assertEquals(null, clientVersionOf(user), "nothing recorded after the password step");

    assertInstanceOf(
        Authenticated.class, challenges.answerTotp(challenge.challengeId(), code(secret)));
    assertEquals("10.1.0.0", clientVersionOf(user));
  }

  @Test
  void wrongPasswordsAndWrongCodesShareOneBudgetThatOnlyACompletedLoginResets() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    pairDevice(user);
    String address = freshAddress();

    // Rounds of {right password, 4 wrong codes}: the right password does not reset the count.
    int wrong = 0;
    Refused last = null;
    for (int round = 0; round < 4 && (last == null || last.reason() != Reason.LOCKED); round++) {
      LoginResult login =
          logins.login(new LoginRequest(user, PASSWORD, ClientContext.API, address));
      if (login instanceof Refused refused) {
        last = refused;
        break;
      }
      SecondStepNeeded challenge = assertInstanceOf(SecondStepNeeded.class, login);
      for (int i = 0; i < 4; i++) {
        last =
            assertInstanceOf(
                Refused.class, challenges.answerTotp(challenge.challengeId(), "000000"));
        wrong++;
        if (last.reason() == Reason.LOCKED) {
          break;
        }
      }
    }

    assertEquals(Reason.LOCKED, last.reason());
    assertEquals(MAX_FAILURES, wrong, "the tenth wrong code locks the account");
    assertEquals(
        Reason.LOCKED,
        assertInstanceOf(
                Refused.class,
                logins.login(new LoginRequest(user, PASSWORD, ClientContext.API, address)))
            .reason(),
        "even the right password is refused while locked");
  }

  @Test
  void aLockEndsEveryOpenChallengeAndEveryAnswerChecksTheLock() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    byte[] secret = pairDevice(user);
    SecondStepNeeded opened = secondStep(logins.login(request(user, PASSWORD, ClientContext.API)));

    for (int i = 0; i < MAX_FAILURES; i++) {
      logins.login(request(user, "wrong-" + i, ClientContext.API));
    }
    assertTrue(isLocked(user));

    assertThrows(
        GoneException.class, () -> challenges.answerTotp(opened.challengeId(), code(secret)));
    assertEquals("EXPIRED", challenges.status(opened.challengeId()).status());
  }

  @Test
  void aChallengeOpenedAfterTheLockCannotBeAnsweredEither() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    byte[] secret = pairDevice(user);
    SecondStepNeeded opened = secondStep(logins.login(request(user, PASSWORD, ClientContext.API)));
    lockNow(user);

    Refused refused =
        assertInstanceOf(Refused.class, challenges.answerTotp(opened.challengeId(), code(secret)));

    assertEquals(Reason.LOCKED, refused.reason());
  }

  @Test
  void aWrongCodeInTheLoginRequestCountsOneFailureAndTheTenthLocks() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    byte[] secret = pairDevice(user);
    String wrong = "000000".equals(code(secret)) ? "111111" : "000000";

    for (int i = 1; i < MAX_FAILURES; i++) {
      Refused refused =
          assertInstanceOf(
              Refused.class,
              logins.login(
                  request(user, PASSWORD, ClientContext.API), SecondFactor.appCode(wrong)));
      assertEquals(Reason.WRONG_CODE, refused.reason());
      assertEquals(i, failedLoginsOf(user), "the right password's try is no failure");
    }
    assertEquals(
        Reason.LOCKED,
        assertInstanceOf(
                Refused.class,
                logins.login(
                    request(user, PASSWORD, ClientContext.API), SecondFactor.appCode(wrong)))
            .reason());
    assertTrue(isLocked(user));
    // While locked, the right code is refused too, and counts nothing.
    assertEquals(
        Reason.LOCKED,
        assertInstanceOf(
                Refused.class,
                logins.login(
                    request(user, PASSWORD, ClientContext.API), SecondFactor.appCode(code(secret))))
            .reason());
    assertEquals(0, failedLoginsOf(user));
  }

  @Test
  void aRightCodeInTheLoginRequestRestoresTheWholeBudget() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    byte[] secret = pairDevice(user);
    String wrong = "000000".equals(code(secret)) ? "111111" : "000000";
    logins.login(request(user, "wrong-password", ClientContext.API));
    logins.login(request(user, PASSWORD, ClientContext.API), SecondFactor.appCode(wrong));
    assertEquals(2, failedLoginsOf(user));

    assertInstanceOf(
        Authenticated.class,
        logins.login(
            request(user, PASSWORD, ClientContext.API), SecondFactor.appCode(code(secret))));
    assertEquals(0, failedLoginsOf(user));
  }

  @Test
  void withOnlyThePasswordNothingButACodeFinishesAChallenge() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    pairDevice(user);
    String id = secondStep(logins.login(request(user, PASSWORD, ClientContext.API))).challengeId();

    assertThrows(ForbiddenChangeException.class, () -> challenges.skip(id, true));
    // Pairing another app of the attacker's own is for the setup steps only.
    assertThrows(ConflictingChangeException.class, () -> pairings.beginPairing(id));
    assertThrows(
        ConflictingChangeException.class, () -> pairings.confirmPairing(id, "000000", null));

    assertEquals("CHALLENGE", challenges.status(id).status());
  }

  @Test
  void aFourthOpenChallengeEndsTheOldest() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    pairDevice(user);
    List<SecondStepNeeded> opened = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      opened.add(secondStep(logins.login(request(user, PASSWORD, ClientContext.API))));
    }

    assertEquals("EXPIRED", challenges.status(opened.get(0).challengeId()).status());
    for (SecondStepNeeded newer : opened.subList(1, 4)) {
      assertEquals("CHALLENGE", challenges.status(newer.challengeId()).status());
    }
    assertEquals(3, openChallengesOf(user));
  }

  @Test
  void twentyParallelWrongPasswordsGetNoMoreTriesThanTheBudget() throws Exception {
    String admin = data.systemUser("admin", Role.ADMIN, PASSWORD);
    List<Callable<LoginResult>> tries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String address = freshAddress();
      tries.add(() -> logins.login(new LoginRequest(admin, "wrong", ClientContext.API, address)));
    }

    int wrongPassword = 0;
    int locked = 0;
    int busy = 0;
    for (Future<LoginResult> answer : executor.invokeAll(tries)) {
      Reason reason;
      try {
        reason = assertInstanceOf(Refused.class, answer.get()).reason();
      } catch (ExecutionException e) {
        // More passwords at once than the server hashes: turned away before any try counts.
        assertInstanceOf(ServiceBusyException.class, e.getCause());
        busy++;
        continue;
      }
      if (reason == Reason.BAD_CREDENTIALS) {
        wrongPassword++;
      } else {
        assertEquals(Reason.LOCKED, reason);
        locked++;
      }
    }

    // At most ten tries get through; the one that spends the budget, or the first try after it,
    // locks the account. Those turned away as busy were no tries.
    assertTrue(wrongPassword <= MAX_FAILURES, wrongPassword + " wrong passwords got through");
    assertTrue(
        wrongPassword + busy >= MAX_FAILURES - 1,
        "only " + wrongPassword + " tries got through, " + busy + " turned away");
    assertEquals(20, wrongPassword + locked + busy);
    assertTrue(isLocked(admin) || wrongPassword < MAX_FAILURES, "the budget is spent: locked");
  }

  @Test
  void twentyParallelWrongCodesOverThreeChallengesGetNoMoreTriesThanTheBudget() throws Exception {
    settings(true, false);
    String user = data.backupUser("hard", PASSWORD, false, true);
    pairDevice(user);
    List<String> open = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      open.add(secondStep(logins.login(request(user, PASSWORD, ClientContext.API))).challengeId());
    }
    List<Callable<LoginResult>> tries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String challengeId = open.get(i % 3);
      tries.add(() -> challenges.answerTotp(challengeId, "000000"));
    }

    int counted = 0;
    for (Future<LoginResult> answer : executor.invokeAll(tries)) {
      LoginResult result;
      try {
        result = answer.get();
      } catch (java.util.concurrent.ExecutionException e) {
        assertInstanceOf(GoneException.class, rootCause(e), e.toString());
        continue;
      }
      Reason reason = assertInstanceOf(Refused.class, result).reason();
      if (reason == Reason.WRONG_CODE || reason == Reason.CHALLENGE_FAILED) {
        counted++;
      }
    }

    assertTrue(counted <= MAX_FAILURES, counted + " wrong codes got through");
    assertTrue(isLocked(user), "the budget is spent: the account is locked");
    assertEquals(0, openChallengesOf(user));
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof GoneException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static SecondStepNeeded secondStep(LoginResult result) {
    return assertInstanceOf(SecondStepNeeded.class, result);
  }

  private static String code(byte[] secret) {
    Totp totp = Totp.standard();
    return totp.code(secret, totp.stepAt(Instant.now()));
  }

  /** An address of the private range no other test uses, so no throttle is shared. */
  private static String freshAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  private static LoginRequest request(String name, String password, ClientContext client) {
    return new LoginRequest(name, password, client, freshAddress());
  }

  private byte[] pairDevice(String loginName) throws Exception {
    byte[] secret = TotpSecrets.newSecret();
    Totp totp = Totp.standard();
    transaction.begin();
    Account account = accounts.findByLoginName(loginName).orElseThrow();
    var device =
        AuthenticatorDevice.beginPairing(
            account,
            AuthenticatorApp.GOOGLE,
            secret,
            totp.algorithm(),
            totp.digits(),
            totp.period(),
            null,
            Instant.now());
    devices.add(device);
    // Paired with a step long gone, so the current code is still unused.
    device.pair("Phone", totp.stepAt(Instant.now()) - 10, Instant.now());
    transaction.commit();
    return secret;
  }

  private void settings(boolean mobileAuthentication, boolean requireForSystemUsers)
      throws SQLException {
    update(
        "UPDATE two_factor_settings SET mobile_authentication = ?, authenticator_app = 'GOOGLE',"
            + " require_for_system_users = ?, version = version + 1 WHERE id = 1",
        mobileAuthentication,
        requireForSystemUsers);
  }

  private void lockNow(String loginName) throws SQLException {
    update(
        "UPDATE account SET locked_until = ? WHERE login_name = ?",
        java.time.OffsetDateTime.now().plusMinutes(15),
        loginName);
  }

  private void update(String sql, Object... values) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private Object queryOne(String sql, String loginName) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, loginName);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        return row.getObject(1);
      }
    }
  }

  private boolean isLocked(String loginName) throws SQLException {
    return queryOne("SELECT locked_until FROM account WHERE login_name = ?", loginName) != null;
  }

  private int failedLoginsOf(String loginName) throws SQLException {
    return ((Number) queryOne("SELECT failed_logins FROM account WHERE login_name = ?", loginName))
        .intValue();
  }

  private String clientVersionOf(String loginName) throws SQLException {
    return (String)
        queryOne(
            "SELECT b.client_version FROM backup_account b JOIN account a ON a.id = b.id"
                + " WHERE a.login_name = ?",
            loginName);
  }

  private int openChallengesOf(String loginName) throws SQLException {
    return ((Number)
            queryOne(
                "SELECT COUNT(*) FROM login_challenge c JOIN account a ON a.id = c.account_id"
                    + " WHERE a.login_name = ? AND c.state = 'PENDING'",
                loginName))
        .intValue();
  }
}
