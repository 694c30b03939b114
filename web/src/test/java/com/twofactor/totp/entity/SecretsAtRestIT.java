package com.twofactor.totp.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twofactor.bootstrap.control.KeyRecords;
import com.twofactor.clients.entity.ClientContext;
import com.twofactor.config.SecretCipher;
import com.twofactor.config.UnreadableSecretException;
import com.twofactor.it.Deployments;
import com.twofactor.it.TestData;
import com.twofactor.login.boundary.LoginChallenges;
import com.twofactor.login.boundary.LoginRequest;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.login.boundary.Logins;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.BackupUserType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TOTP secrets are encrypted at rest, in a table apart from the device metadata, each bound to its
 * device: a ciphertext copied into another device's row yields no secret, and a login with that
 * device fails as with a wrong code. The stored secrets also tell whether a key is theirs.
 */
@ExtendWith(ArquillianExtension.class)
class SecretsAtRestIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar(SecretsAtRestIT.class);
  }

  private static final String PASSWORD = "a-password";

  @Inject AuthenticatorDeviceRepository devices;
  @Inject TestData data;
  @Inject AccountRepository accounts;
  @Inject Logins logins;
  @Inject LoginChallenges challenges;
  @Inject ServletContext servletContext;
  @Inject KeyRecords keyRecords;
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
    assertTrue(stored.startsWith("v2:"), "stored in the cipher's bound text form");
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

  @Test
  void aSecretCopiedIntoAnotherDevicesRowYieldsNoSecret() throws Exception {
    byte[] secretOfA = TotpSecrets.newSecret();
    AuthenticatorDevice a =
        pairedDevice(data.backupUser("at-rest", PASSWORD, true, false), secretOfA);
    AuthenticatorDevice b =
        pairedDevice(data.backupUser("at-rest", PASSWORD, true, false), TotpSecrets.newSecret());
    AuthenticatorDevice sameAccount =
        pairedDevice(a.account().loginName(), TotpSecrets.newSecret());

    copySecret(a.id(), b.id());
    copySecret(a.id(), sameAccount.id());

    transaction.begin();
    try {
      em.clear();
      AuthenticatorDevice loadedB = devices.find(b.id()).orElseThrow();
      AuthenticatorDevice loadedSame = devices.find(sameAccount.id()).orElseThrow();
      assertThrows(UnreadableSecretException.class, loadedB::secret);
      assertThrows(UnreadableSecretException.class, loadedSame::secret);
      assertArrayEquals(secretOfA, devices.find(a.id()).orElseThrow().secret());
    } finally {
      transaction.commit();
    }
  }

  /**
   * A database from before key fingerprints were recorded: its stored secrets tell whether a key is
   * the one they were stored with, before the first node to start records it.
   */
  @Test
  void storedSecretsTellWhetherAKeyIsTheirs() throws Exception {
    pairedDevice(data.backupUser("at-rest", PASSWORD, true, false), TotpSecrets.newSecret());
    byte[] otherKey = new byte[32];
    new SecureRandom().nextBytes(otherKey);

    assertTrue(keyRecords.decryptsStoredSecrets(SecretCipher.fromConfig()));
    assertFalse(
        keyRecords.decryptsStoredSecrets(SecretCipher.of(new SecretKeySpec(otherKey, "AES"))));
  }

  @Test
  void loginWithADeviceHoldingACopiedSecretFailsAsAWrongCode() throws Exception {
    byte[] secretOfA = TotpSecrets.newSecret();
    byte[] secretOfB = TotpSecrets.newSecret();
    AuthenticatorDevice a =
        pairedDevice(data.backupUser("at-rest", PASSWORD, true, false), secretOfA);
    AuthenticatorDevice b =
        pairedDevice(data.backupUser("at-rest", PASSWORD, true, false), secretOfB);
    String victim = b.account().loginName();
    copySecret(a.id(), b.id());
    mobileAuthentication(true);
    try {
      var challenge =
          assertInstanceOf(
              SecondStepNeeded.class,
              logins.login(new LoginRequest(victim, PASSWORD, ClientContext.API, "127.0.0.1")));
      Refused refused =
          assertInstanceOf(
              Refused.class, challenges.answerTotp(challenge.challengeId(), codeOf(secretOfA)));
      assertEquals(Reason.WRONG_CODE, refused.reason());
      assertInstanceOf(
          Refused.class, challenges.answerTotp(challenge.challengeId(), codeOf(secretOfB)));

      HttpResponse<String> login =
          post(
              "/api/v1/auth/login",
              "{\"loginName\":\"" + victim + "\",\"password\":\"" + PASSWORD + "\"}");
      assertEquals(200, login.statusCode(), login.body());
      String challengeId =
          Json.createReader(new StringReader(login.body())).readObject().getString("challengeId");
      HttpResponse<String> answer =
          post(
              "/api/v1/auth/challenges/" + challengeId + "/totp",
              "{\"code\":\"" + codeOf(secretOfA) + "\"}");
      assertEquals(401, answer.statusCode(), answer.body());
      assertTrue(
          answer
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
      assertFalse(answer.body().contains("Exception"), answer.body());
    } finally {
      mobileAuthentication(false);
    }
  }

  private AuthenticatorDevice pairedDevice(String loginName, byte[] secret) throws Exception {
    transaction.begin();
    var device =
        AuthenticatorDevice.beginPairing(
            accounts.findByLoginName(loginName).orElseThrow(),
            AuthenticatorApp.GOOGLE,
            secret,
            TotpAlgorithm.SHA1,
            6,
            Duration.ofSeconds(30),
            null,
            Instant.now());
    device.pair("phone", 0, Instant.now());
    devices.add(device);
    transaction.commit();
    return device;
  }

  private void copySecret(Long from, Long to) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement copy =
            connection.prepareStatement(
                "UPDATE authenticator_secret SET secret_ciphertext ="
                    + " (SELECT s.secret_ciphertext FROM authenticator_secret s"
                    + " WHERE s.device_id = ?) WHERE device_id = ?")) {
      copy.setLong(1, from);
      copy.setLong(2, to);
      assertEquals(1, copy.executeUpdate());
    }
  }

  private void mobileAuthentication(boolean on) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE two_factor_settings SET mobile_authentication = ?,"
                    + " authenticator_app = 'GOOGLE', version = version + 1 WHERE id = 1")) {
      update.setBoolean(1, on);
      assertEquals(1, update.executeUpdate());
    }
  }

  private static String codeOf(byte[] secret) {
    Totp totp = new Totp(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30));
    return totp.code(secret, totp.stepAt(Instant.now()));
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + System.getProperty("it.httpPort")
                        + servletContext.getContextPath()
                        + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
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
