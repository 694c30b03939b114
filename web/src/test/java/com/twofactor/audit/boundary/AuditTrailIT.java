package com.twofactor.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.it.Deployments;
import com.twofactor.it.TestData;
import com.twofactor.login.boundary.LoginChallenges;
import com.twofactor.login.boundary.LoginRequest;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.login.boundary.Logins;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.control.Decision;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/**
 * When audit lines are written, inside Payara Micro: after the transaction they were fired in, as
 * what became of it, exactly once, with the request's source address; refused logins whatever
 * happens to their transaction; login names that are not valid only counted.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  private static final String PASSWORD = "audit-trail-pw";

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar(AuditTrailIT.class);
  }

  /** One line of the trail as the database holds it. */
  record Line(
      String actor,
      String subject,
      String outcome,
      String sourceAddress,
      String detail,
      int occurrences) {}

  @Inject Logins logins;
  @Inject TestData data;
  @Inject LoginChallenges challenges;
  @Inject SystemUserRepository systemUsers;
  @Inject PasswordHashing hashing;
  @Inject Event<Audited> audit;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/twofactor")
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void aChangeWhoseTransactionRollsBackIsNotRecordedAsDone() throws Exception {
    String name = data.systemUser("audit", Role.ADMIN, PASSWORD);
    String challenge = setupPrompt(name);

    transaction.begin();
    challenges.skip(challenge, false);
    transaction.rollback();

    List<Line> lines = lines("subject", name, "TWO_FACTOR_SETUP_SKIPPED");
    assertEquals(1, lines.size(), "one line: " + lines);
    assertEquals("FAILURE", lines.get(0).outcome());
    assertEquals("rolled back", lines.get(0).detail());
  }

  @Test
  void linesFiredInATransactionAlreadyDoomedAreWrittenOnceAsNotDone() throws Exception {
    String subject = "doomed-" + UUID.randomUUID();

    transaction.begin();
    transaction.setRollbackOnly();
    audit.fire(Audited.success("tester", subject, "AUDIT_TEST_CHANGE", null));
    audit.fire(Audited.failure("tester", subject, "AUDIT_TEST_REFUSAL", "refused"));
    transaction.rollback();

    List<Line> changed = lines("subject", subject, "AUDIT_TEST_CHANGE");
    assertEquals(1, changed.size(), "one line: " + changed);
    assertEquals("FAILURE", changed.get(0).outcome());
    assertEquals("rolled back", changed.get(0).detail());
    List<Line> refused = lines("subject", subject, "AUDIT_TEST_REFUSAL");
    assertEquals(1, refused.size(), "one line: " + refused);
    assertEquals("refused", refused.get(0).detail());
  }

  @Test
  void aCommittedChangeIsRecordedOnceWithTheAddressOfTheRequest() throws Exception {
    String name = data.systemUser("audit", Role.ADMIN, PASSWORD);
    String challenge = setupPrompt(name);

    transaction.begin();
    challenges.skip(challenge, true);
    transaction.commit();

    List<Line> lines = lines("subject", name, "TWO_FACTOR_SETUP_SKIPPED");
    assertEquals(1, lines.size(), "one line: " + lines);
    assertEquals("SUCCESS", lines.get(0).outcome());
    assertEquals("do not show again", lines.get(0).detail());
    // The skip names no address: the trail takes the one of the HTTP request running this test.
    assertNotNull(lines.get(0).sourceAddress(), "the request's source address");
  }

  @Test
  void aRefusedLoginIsRecordedEvenWhenItsTransactionRollsBack() throws Exception {
    String name = data.systemUser("audit", Role.ADMIN, PASSWORD);

    transaction.begin();
    LoginResult refused =
        logins.login(new LoginRequest(name, "wrong-password", ClientContext.API, "192.0.2.7"));
    transaction.rollback();

    assertInstanceOf(LoginResult.Refused.class, refused);
    List<Line> lines = lines("subject", name, "LOGIN_FAILED");
    assertEquals(1, lines.size(), "one line: " + lines);
    assertEquals("FAILURE", lines.get(0).outcome());
    assertEquals("wrong password", lines.get(0).detail());
    assertEquals("192.0.2.7", lines.get(0).sourceAddress());
  }

  @Test
  void aLineFiredOutsideAnyTransactionIsWrittenAtOnceAndOnce() throws Exception {
    String subject = "outside-" + UUID.randomUUID();

    audit.fire(Audited.success("tester", subject, "AUDIT_TEST", "no transaction"));

    List<Line> lines = lines("subject", subject, "AUDIT_TEST");
    assertEquals(1, lines.size(), "one line: " + lines);
    assertEquals("SUCCESS", lines.get(0).outcome());
  }

  @Test
  void whatTheFirstStartCreatedIsOnTheTrailWithoutASourceAddress() throws Exception {
    List<Line> lines = lines("subject", "system", "SYSTEM_USER_CREATED");

    assertEquals(1, lines.size(), "one line: " + lines);
    assertEquals("first start", lines.get(0).actor());
    assertEquals("SUCCESS", lines.get(0).outcome());
    assertNull(lines.get(0).sourceAddress(), "no request made it");
  }

  @Test
  void loginNamesThatAreNotValidAreCountedNotStored() throws Exception {
    String address = "198.51.100." + (1 + (int) (Math.random() * 250));
    // Within the 64 characters a login request may carry, but no login name.
    String poison =
        "evil\r\nLOGIN_FAILED system <b>" + UUID.randomUUID().toString().substring(0, 8);
    List<Callable<LoginResult>> attempts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String sent = i % 2 == 0 ? poison : "bad name " + i;
      attempts.add(
          () -> logins.login(new LoginRequest(sent, "whatever", ClientContext.API, address)));
    }
    for (Future<LoginResult> attempt : executor.invokeAll(attempts)) {
      assertInstanceOf(LoginResult.Refused.class, attempt.get());
    }

    List<Line> lines = lines("source_address", address, Audited.LOGIN_NAME_NOT_VALID);
    // One line a minute: two when the attempts straddle a minute's end.
    assertTrue(lines.size() == 1 || lines.size() == 2, "lines: " + lines);
    assertEquals(6, lines.stream().mapToInt(Line::occurrences).sum(), "every attempt counted");
    for (Line line : lines) {
      assertNull(line.subject());
      assertEquals("anonymous", line.actor());
      assertEquals("FAILURE", line.outcome());
    }
    assertFalse(anyLineContains("evil"), "the name sent is nowhere in the trail");
    assertFalse(anyLineContains("bad name"), "the name sent is nowhere in the trail");
  }

  /** A login of {@code name} waiting at the skippable setup prompt. */
  private String setupPrompt(String name) throws Exception {
    transaction.begin();
    SecondStepNeeded opened =
        challenges.open(
            systemUsers.findByLoginName(name).orElseThrow(),
            new Decision.SetupPrompt(),
            ClientContext.API,
            "192.0.2.1");
    transaction.commit();
    return opened.challengeId();
  }

  private List<Line> lines(String column, String value, String action) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT actor, subject, outcome, source_address, detail, occurrences"
                    + " FROM audit_event WHERE "
                    + column
                    + " = ? AND action = ? ORDER BY id")) {
      query.setString(1, value);
      query.setString(2, action);
      List<Line> lines = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          lines.add(
              new Line(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getInt(6)));
        }
      }
      return lines;
    }
  }

  private boolean anyLineContains(String text) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE subject LIKE ? OR detail LIKE ?")) {
      query.setString(1, "%" + text + "%");
      query.setString(2, "%" + text + "%");
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1) > 0;
      }
    }
  }
}
