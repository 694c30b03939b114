package com.twofactor.totp.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twofactor.it.Deployments;
import com.twofactor.login.control.PasswordHashing;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.BackupUserType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** TOTP secrets are encrypted at rest, in a table apart from the device metadata. */
@ExtendWith(ArquillianExtension.class)
class SecretsAtRestIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar(SecretsAtRestIT.class);
  }

  @Inject AuthenticatorDeviceRepository devices;
  @Inject BackupUserRepository backupUsers;
  @Inject PolicyGroupRepository groups;
  @Inject PasswordHashing hashing;

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/twofactor")
  DataSource dataSource;

  @Test
  void theRawTableHoldsNoSecretInClearAndTheEntityReadsItBack() throws Exception {
    byte[] secret = TotpSecrets.newSecret();
    transaction.begin();
    var user =
        new BackupUser(
            "at-rest-" + UUID.randomUUID().toString().substring(0, 8),
            hashing.hash("a-password".toCharArray()),
            BackupUserType.PAID,
            groups.findDefault().orElseThrow(),
            Instant.now());
    backupUsers.add(user);
    var device =
        AuthenticatorDevice.beginPairing(
            user,
            AuthenticatorApp.GOOGLE,
            secret,
            TotpAlgorithm.SHA1,
            6,
            Duration.ofSeconds(30),
            null,
            Instant.now());
    devices.add(device);
    transaction.commit();

    String stored = rawSecretOf(device.id());
    assertTrue(stored.startsWith("v1:"), "stored in the cipher's text form");
    String upper = stored.toUpperCase();
    assertFalse(upper.contains(TotpSecrets.base32(secret)), "not the base32 secret");
    assertFalse(upper.contains(HexFormat.of().formatHex(secret).toUpperCase()), "not hex");
    assertFalse(stored.contains(Base64.getEncoder().encodeToString(secret)), "not base64");
    assertEquals(0, metadataColumnsHolding(upper, secret), "no metadata column holds it");

    transaction.begin();
    em.clear();
    assertArrayEquals(secret, devices.find(device.id()).orElseThrow().secret());
    transaction.commit();
  }

  private String rawSecretOf(Long deviceId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT secret_ciphertext FROM authenticator_secret WHERE device_id = ?")) {
      query.setLong(1, deviceId);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        return row.getString(1);
      }
    }
  }

  /** How many text columns of the device's own row contain the secret in some form. */
  private int metadataColumnsHolding(String storedUpper, byte[] secret) throws Exception {
    int found = 0;
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("SELECT * FROM authenticator_device")) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          String value = rows.getString(i);
          if (value != null
              && (value.toUpperCase().contains(TotpSecrets.base32(secret))
                  || value.toUpperCase().equals(storedUpper))) {
            found++;
          }
        }
      }
    }
    return found;
  }
}
