package com.twofactor.bootstrap.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twofactor.bootstrap.control.BreakGlassToken;
import com.twofactor.clients.entity.ClientContext;
import com.twofactor.config.BreakGlassConfig;
import com.twofactor.it.Deployments;
import com.twofactor.login.boundary.LoginPairings;
import com.twofactor.login.boundary.LoginRequest;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.Authenticated;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.login.boundary.Logins;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.users.entity.SystemUser;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The break-glass inside Payara Micro, on settings saved before they were guarded: mobile
 * authentication on with the branded app, which nobody can pair, and "Require 2FA for system users"
 * on. A new password alone would leave {@code system} stuck at the setup step; the break-glass
 * lifts the requirement too. The settings and {@code system}'s password are put back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class BreakGlassStrandedSettingsIT {

  private static final String TOKEN =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  private static final String LOST_PASSWORD = "lost-Password-8";
  private static final String NEW_PASSWORD = "stranded-Password-9";

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar(BreakGlassStrandedSettingsIT.class);
  }

  @Inject BreakGlass breakGlass;
  @Inject BreakGlassConfig config;
  @Inject Logins logins;
  @Inject LoginPairings pairings;
  @Inject SystemUserRepository systemUsers;
  @Inject SettingsRepository settings;
  @Inject PasswordHashing hashing;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/twofactor")
  DataSource dataSource;

  private String originalHash;

  @BeforeEach
  void strandSystemUsers() throws Exception {
    transaction.begin();
    SystemUser admin = systemUsers.findByLoginName(SystemUser.BUILT_IN_ADMIN).orElseThrow();
    originalHash = admin.passwordHash();
    admin.changePasswordHash(hashing.hash(LOST_PASSWORD.toCharArray()));
    transaction.commit();
    update(
        "UPDATE two_factor_settings SET mobile_authentication = TRUE,"
            + " authenticator_app = 'BRANDED_MOBILE_APP', host_protocol = 'HTTPS',"
            + " host_name = 'cbs.example.com', host_port = 443, require_for_system_users = TRUE,"
            + " version = version + 1 WHERE id = 1");
  }

  @AfterEach
  void restore() throws Exception {
    update(
        "UPDATE two_factor_settings SET mobile_authentication = FALSE,"
            + " authenticator_app = 'BRANDED_MOBILE_APP', host_protocol = NULL, host_name = NULL,"
            + " host_port = NULL, require_for_system_users = FALSE, version = version + 1"
            + " WHERE id = 1");
    transaction.begin();
    systemUsers
        .findByLoginName(SystemUser.BUILT_IN_ADMIN)
        .orElseThrow()
        .changePasswordHash(originalHash);
    transaction.commit();
    Files.deleteIfExists(tokenFile());
  }

  @Test
  void breakGlassLiftsARequirementNobodyCanMeet() throws Exception {
    SecondStepNeeded stuck = assertInstanceOf(SecondStepNeeded.class, login(LOST_PASSWORD));
    assertEquals(ChallengeStep.SETUP_REQUIRED, stuck.challenge());
    assertThrows(
        ConflictingChangeException.class, () -> pairings.beginPairing(stuck.challengeId()));

    writeToken();
    BreakGlassReset reset =
        breakGlass.resetBuiltInAdmin(new BreakGlassRequest(TOKEN, NEW_PASSWORD));

    assertEquals(SystemUser.BUILT_IN_ADMIN, reset.loginName());
    TwoFactorSettings now = settings.twoFactor();
    assertFalse(now.requireForSystemUsers(), "the requirement nobody can meet is lifted");
    assertTrue(now.mobileAuthentication(), "the rest of the settings is kept");
    assertInstanceOf(Authenticated.class, login(NEW_PASSWORD));
  }

  private LoginResult login(String password) {
    return logins.login(
        new LoginRequest(SystemUser.BUILT_IN_ADMIN, password, ClientContext.API, "127.0.0.1"));
  }

  private void writeToken() throws Exception {
    Path file = tokenFile();
    Files.writeString(file, TOKEN + "\n");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private Path tokenFile() {
    return config.dataFolder().resolve(BreakGlassToken.FILE_NAME);
  }

  private void update(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      assertEquals(1, update.executeUpdate());
    }
  }
}
