package com.twofactor.login.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.it.Deployments;
import com.twofactor.it.TestData;
import com.twofactor.login.boundary.LoginResult.Authenticated;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.BackupUserType;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login boundary inside Payara Micro, on the real schema and database. */
@ExtendWith(ArquillianExtension.class)
class LoginsIT {

  private static final String PASSWORD = "in-container-pw";

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar(LoginsIT.class);
  }

  @Inject Logins logins;
  @Inject TestData data;
  @Inject AccountRepository accounts;
  @Inject SystemUserRepository systemUsers;
  @Inject BackupUserRepository backupUsers;
  @Inject PolicyGroupRepository groups;
  @Inject PasswordHashing hashing;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/twofactor")
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void firstStartMigratedTheSchemaAndCreatedTheBuiltInAdmin() throws Exception {
    assertEquals("$argon2id$v=19$m=7168,t=5,p=1$", hashOf("system").substring(0, 30));
    // Flyway quotes its table and column names in lower case on H2 and PostgreSQL alike.
    try (Connection connection = dataSource.getConnection();
        ResultSet row =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
      assertTrue(row.next() && row.getInt(1) >= 1, "Flyway recorded its migrations");
    }
  }

  @Test
  void unknownLoginNameAndWrongPasswordAreTheSameRefusal() throws Exception {
    String name = data.systemUser("admin", Role.ADMIN, PASSWORD);

    LoginResult unknown = logins.login(request("nobody-" + UUID.randomUUID(), PASSWORD, api()));
    LoginResult wrong = logins.login(request(name, "wrong-password", api()));

    assertEquals(new Refused(Reason.BAD_CREDENTIALS, java.util.Optional.empty()), unknown);
    assertEquals(unknown, wrong);
  }

  @Test
  void apiUsersCannotUseTheConsoleButTheApi() throws Exception {
    String name = data.systemUser("api-user", Role.API_USER, PASSWORD);

    LoginResult console = logins.login(request(name, PASSWORD, ClientContext.CONSOLE));
    LoginResult api = logins.login(request(name, PASSWORD, api()));

    assertEquals(Reason.CONSOLE_NOT_ALLOWED, assertInstanceOf(Refused.class, console).reason());
    assertTrue(assertInstanceOf(Authenticated.class, api).token().isPresent());
  }

  @Test
  void consoleLoginGetsNoAccessToken() throws Exception {
    String name = data.systemUser("read-only-admin", Role.READ_ONLY_ADMIN, PASSWORD);

    LoginResult console = logins.login(request(name, PASSWORD, ClientContext.CONSOLE));

    Authenticated authenticated = assertInstanceOf(Authenticated.class, console);
    assertEquals("READ_ONLY_ADMIN", authenticated.group());
    assertTrue(authenticated.token().isEmpty());
  }

  @Test
  void concurrentFailuresAreAllCounted() throws Exception {
    String name = data.systemUser("admin", Role.ADMIN, PASSWORD);
    List<Callable<LoginResult>> attempts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      attempts.add(() -> logins.login(request(name, "wrong-password", api())));
    }

    for (Future<LoginResult> attempt : executor.invokeAll(attempts)) {
      assertEquals(Reason.BAD_CREDENTIALS, assertInstanceOf(Refused.class, attempt.get()).reason());
    }

    assertEquals(6, failedLoginsOf(name));
  }

  @Test
  void backupClientLoginRecordsClientTypeAndVersion() throws Exception {
    String name = "client-" + UUID.randomUUID().toString().substring(0, 8);
    transaction.begin();
    backupUsers.add(
        new BackupUser(
            name,
            hashing.hash(PASSWORD.toCharArray()),
            BackupUserType.PAID,
            groups.findDefault().orElseThrow(),
            Instant.now()));
    transaction.commit();

    LoginResult result =
        logins.login(request(name, PASSWORD, ClientContext.of(ConnectionType.ACB, "10.1.0.0")));

    assertEquals("BACKUP_USER", assertInstanceOf(Authenticated.class, result).group());
    transaction.begin();
    BackupUser stored = backupUsers.findByLoginName(name).orElseThrow();
    assertEquals(ClientType.ACB, stored.clientType().orElseThrow());
    assertEquals("10.1.0.0", stored.clientVersion().orElseThrow());
    transaction.commit();
  }

  private String hashOf(String name) throws Exception {
    transaction.begin();
    try {
      return accounts.findByLoginName(name).orElseThrow().passwordHash();
    } finally {
      transaction.commit();
    }
  }

  private int failedLoginsOf(String name) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT failed_logins FROM account WHERE login_name = ?")) {
      query.setString(1, name);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        return row.getInt(1);
      }
    }
  }

  private static ClientContext api() {
    return ClientContext.API;
  }

  private static LoginRequest request(String name, String password, ClientContext client) {
    return new LoginRequest(name, password, client, "127.0.0.1");
  }
}
