package com.twofactor.sms.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.twofactor.it.Deployments;
import com.twofactor.it.TestData;
import com.twofactor.login.boundary.Housekeeping;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The records behind the per-account bound on verification SMS: a send forgets only its own
 * account's old records (it holds only that account's lock), and housekeeping forgets everyone's
 * once they are a day older than the bound looks back.
 */
@ExtendWith(ArquillianExtension.class)
class SmsVerificationSentRepositoryIT {

  private static final String PASSWORD = "sms-records-pw";

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar(SmsVerificationSentRepositoryIT.class);
  }

  @Inject SmsVerificationSentRepository sent;
  @Inject Housekeeping housekeeping;
  @Inject TestData data;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/twofactor")
  DataSource dataSource;

  @Test
  void aSendForgetsOnlyItsOwnAccountsOldRecords() throws Exception {
    long sender = accountId(data.backupUser("sms-sender", PASSWORD, false, false));
    long other = accountId(data.backupUser("sms-other", PASSWORD, false, false));
    Instant now = Instant.now();
    insert(sender, now.minus(Duration.ofHours(3)));
    insert(other, now.minus(Duration.ofHours(3)));

    transaction.begin();
    sent.record(sender, now, now.minus(Duration.ofHours(1)));
    transaction.commit();

    assertEquals(1, count(sender), "the sender's old record is forgotten, its new one kept");
    assertEquals(1, count(other), "another account's records are not this send's business");
  }

  @Test
  void housekeepingForgetsEveryonesRecordsADayPastTheWindow() throws Exception {
    long quiet = accountId(data.backupUser("sms-quiet", PASSWORD, false, false));
    long recent = accountId(data.backupUser("sms-recent", PASSWORD, false, false));
    Instant now = Instant.now();
    insert(quiet, now.minus(Duration.ofDays(2)));
    insert(recent, now.minus(Duration.ofMinutes(30)));

    housekeeping.deleteLongExpired();

    assertEquals(0, count(quiet));
    assertEquals(1, count(recent));
  }

  private long accountId(String loginName) throws SQLException {
    return number("SELECT id FROM account WHERE login_name = ?", loginName);
  }

  /** A record from earlier, made as a send then would have made it. */
  private void insert(long accountId, Instant at) throws Exception {
    transaction.begin();
    sent.record(accountId, at, at.minus(Duration.ofDays(365)));
    transaction.commit();
  }

  private long count(long accountId) throws SQLException {
    return number("SELECT COUNT(*) FROM sms_verification_sent WHERE account_id = ?", accountId);
  }

  /** The one number a query with one parameter answers. */
  private long number(String sql, Object parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
