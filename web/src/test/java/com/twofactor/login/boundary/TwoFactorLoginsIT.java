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
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.GoneException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.totp.entity.TotpAlgorithm;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two-factor decision as the login boundary applies it, inside Payara Micro on the real
 * database. Each test switches the settings it needs and puts the defaults back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class TwoFactorLoginsIT {

  private static final String PASSWORD = "second-step-pw";

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar(TwoFactorLoginsIT.class);
  }

  @Inject Logins logins;
  @Inject TestData data;
  @Inject LoginChallenges challenges;
  @Inject Housekeeping cleanup;
  @Inject SystemUserRepository systemUsers;
  @Inject BackupUserRepository backupUsers;
  @Inject PolicyGroupRepository groups;
  @Inject PasswordHashing hashing;
  @Inject AuthenticatorDeviceRepository devices;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/twofactor")
  DataSource dataSource;

  @AfterEach
  void restoreDefaultSettings() throws SQLException {
    settings(false, false);
  }

  @Test
  void nothingAppliesWhileMobileAuthenticationIsOff() throws Exception {
    String user = data.backupUser("second", PASSWORD, true, false);

    assertInstanceOf(Authenticated.class, logins.login(request(user, api())));
  }

  @Test
  void enabledWithNothingPairedPromptsAndSkippingEndsTheLoginWithAToken() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, true, false);

    SecondStepNeeded prompt = secondStep(logins.login(request(user, api())));
    assertEquals(ChallengeStep.SETUP_PROMPT, prompt.challenge());
    assertEquals("SETUP_PROMPT", challenges.status(prompt.challengeId()).status());

    Authenticated done =
        assertInstanceOf(Authenticated.class, challenges.skip(prompt.challengeId(), false));
    assertTrue(done.token().isPresent(), "an API login gets its token when the prompt is skipped");
    assertEquals("AUTHENTICATED", challenges.status(prompt.challengeId()).status());
    assertThrows(GoneException.class, () -> challenges.skip(prompt.challengeId(), false));
    // Skipped without "do not show again": the prompt comes back at the next login.
    assertInstanceOf(SecondStepNeeded.class, logins.login(request(user, api())));
  }

  @Test
  void doNotShowAgainStopsThePromptForGood() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, true, false);

    SecondStepNeeded prompt = secondStep(logins.login(request(user, api())));
    challenges.skip(prompt.challengeId(), true);

    assertInstanceOf(Authenticated.class, logins.login(request(user, api())));
  }

  @Test
  void requiredByThePolicyGroupCannotBeSkipped() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, false, true);

    SecondStepNeeded setup = secondStep(logins.login(request(user, api())));
    assertEquals(ChallengeStep.SETUP_REQUIRED, setup.challenge());
    assertThrows(ForbiddenChangeException.class, () -> challenges.skip(setup.challengeId(), true));
    assertEquals("SETUP_REQUIRED", challenges.status(setup.challengeId()).status());
  }

  @Test
  void systemUsersAreRequiredByTheSettingsCheckbox() throws Exception {
    String admin = data.systemUser("admin", Role.ADMIN, PASSWORD);
    settings(true, false);
    assertInstanceOf(Authenticated.class, logins.login(request(admin, api())));

    settings(true, true);
    SecondStepNeeded setup = secondStep(logins.login(request(admin, ClientContext.CONSOLE)));
    assertEquals(ChallengeStep.SETUP_REQUIRED, setup.challenge());
  }

  @Test
  void backupClientsTooOldForASetupTheyCannotSkipAreRefusedWithAReason() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, false, true);

    assertOldClientRefused(user);
    assertInstanceOf(
        SecondStepNeeded.class,
        logins.login(request(user, ClientContext.of(ConnectionType.ACB, "10.1.0.0"))));
  }

  @Test
  void backupClientsTooOldForAChallengeAreRefusedWithAReason() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, true, false);
    pairDevice(user);

    assertOldClientRefused(user);
    assertInstanceOf(
        SecondStepNeeded.class,
        logins.login(request(user, ClientContext.of(ConnectionType.ACB, "10.1.0.0"))));
  }

  @Test
  void backupClientsTooOldForTheSetupPromptSkipIt() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, true, false);

    assertInstanceOf(
        Authenticated.class,
        logins.login(request(user, ClientContext.of(ConnectionType.OBM, "8.4.0.0"))));
    assertInstanceOf(
        Authenticated.class,
        logins.login(request(user, new ClientContext(ConnectionType.OBM, null))));
    // A current client still gets the prompt.
    assertInstanceOf(
        SecondStepNeeded.class,
        logins.login(request(user, ClientContext.of(ConnectionType.OBM, "10.1.0.0"))));
  }

  @Test
  void doNotShowAgainIsHonouredForOldBackupClients() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, true, false);
    SecondStepNeeded prompt =
        secondStep(logins.login(request(user, ClientContext.of(ConnectionType.ACB, "10.1.0.0"))));
    challenges.skip(prompt.challengeId(), true);

    assertInstanceOf(
        Authenticated.class,
        logins.login(request(user, ClientContext.of(ConnectionType.OBM, "8.2.0.0"))));
  }

  private void assertOldClientRefused(String user) {
    Refused refused =
        assertInstanceOf(
            Refused.class,
            logins.login(request(user, ClientContext.of(ConnectionType.OBM, "8.4.0.0"))));
    assertEquals(Reason.CLIENT_NOT_CAPABLE, refused.reason());
    assertTrue(refused.detail().orElseThrow().contains("8.5.0.0"), refused.detail().toString());
    assertTrue(refused.detail().orElseThrow().contains("8.4.0.0"), refused.detail().toString());
  }

  /** Pairs an authenticator app with the user, as a finished pairing leaves it. */
  private void pairDevice(String user) throws Exception {
    transaction.begin();
    BackupUser account = backupUsers.findByLoginName(user).orElseThrow();
    Instant now = Instant.now();
    AuthenticatorDevice device =
        AuthenticatorDevice.beginPairing(
            account,
            AuthenticatorApp.GOOGLE,
            TotpSecrets.newSecret(),
            TotpAlgorithm.SHA1,
            6,
            Duration.ofSeconds(30),
            null,
            now);
    devices.add(device);
    device.pair("Phone", now.getEpochSecond() / 30, now);
    transaction.commit();
  }

  @Test
  void replicationAndRedirectorAreNotABackupUsersToClaim() throws Exception {
    settings(true, true);
    String user = data.backupUser("second", PASSWORD, false, true);

    for (ConnectionType type :
        new ConnectionType[] {ConnectionType.REPLICATION, ConnectionType.REDIRECTOR}) {
      assertEquals(
          Reason.CONNECTION_NOT_ALLOWED,
          assertInstanceOf(
                  Refused.class, logins.login(request(user, new ClientContext(type, null))))
              .reason());
    }
  }

  @Test
  void aConsoleChallengeIsRedeemedForTheSessionOnlyOnceAndOnlyWhenDone() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, true, false);

    SecondStepNeeded prompt = secondStep(logins.login(request(user, ClientContext.CONSOLE)));
    assertThrows(GoneException.class, () -> challenges.redeem(prompt.challengeId()));

    Authenticated skipped =
        assertInstanceOf(Authenticated.class, challenges.skip(prompt.challengeId(), false));
    assertTrue(skipped.token().isEmpty(), "the console gets a session, not a token");
    assertInstanceOf(Authenticated.class, challenges.redeem(prompt.challengeId()));
    assertThrows(GoneException.class, () -> challenges.redeem(prompt.challengeId()));
  }

  @Test
  void anExpiredChallengeIsGone() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, true, false);
    SecondStepNeeded prompt = secondStep(logins.login(request(user, api())));

    expire(prompt.challengeId(), Duration.ofMinutes(5));

    assertEquals("EXPIRED", challenges.status(prompt.challengeId()).status());
    assertThrows(GoneException.class, () -> challenges.skip(prompt.challengeId(), false));
  }

  @Test
  void challengesLongExpiredAreDeletedByTheCleanup() throws Exception {
    settings(true, false);
    String user = data.backupUser("second", PASSWORD, true, false);
    SecondStepNeeded old = secondStep(logins.login(request(user, api())));
    SecondStepNeeded fresh = secondStep(logins.login(request(user, api())));
    expire(old.challengeId(), Duration.ofDays(2));

    cleanup.deleteLongExpired();

    assertThrows(RecordNotFoundException.class, () -> challenges.status(old.challengeId()));
    assertEquals("SETUP_PROMPT", challenges.status(fresh.challengeId()).status());
  }

  private void expire(String challengeId, Duration ago) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement expire =
            connection.prepareStatement(
                "UPDATE login_challenge SET created_at = ?, expires_at = ? WHERE id = ?")) {
      expire.setObject(1, OffsetDateTime.now().minus(ago).minusMinutes(5));
      expire.setObject(2, OffsetDateTime.now().minus(ago));
      expire.setString(3, challengeId);
      assertEquals(1, expire.executeUpdate());
    }
  }

  private static SecondStepNeeded secondStep(LoginResult result) {
    return assertInstanceOf(SecondStepNeeded.class, result);
  }

  private void settings(boolean mobileAuthentication, boolean requireForSystemUsers)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE two_factor_settings SET mobile_authentication = ?,"
                    + " authenticator_app = 'GOOGLE', require_for_system_users = ?,"
                    + " version = version + 1 WHERE id = 1")) {
      update.setBoolean(1, mobileAuthentication);
      update.setBoolean(2, requireForSystemUsers);
      assertEquals(1, update.executeUpdate());
    }
  }

  private static ClientContext api() {
    return ClientContext.API;
  }

  private static LoginRequest request(String name, ClientContext client) {
    return new LoginRequest(name, PASSWORD, client, "127.0.0.1");
  }
}
