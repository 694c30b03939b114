package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded default (file-based H2 in the data folder) keeps everything across a restart, and a
 * changed hashing setting upgrades a password hash at the next login.
 */
class RestartIT {

  private static final String ADMIN_PASSWORD = "restart-Admin-1";

  @Test
  void embeddedDatabaseKeepsDataAcrossRestartAndUpgradesHashesAtLogin() throws Exception {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), "restart");
    RunningApp.deleteRecursively(work);
    String name = Api.uniqueName("survivor");

    try (MicroServer first =
        new MicroServer(work, List.of("-Dtwofactor.admin.password=" + ADMIN_PASSWORD)).start()) {
      Api api = new Api(first.baseUrl());
      String admin = api.token("system", ADMIN_PASSWORD);
      assertThat(
              api.post(
                      "/api/v1/backup-users",
                      "{\"loginName\":\""
                          + name
                          + "\",\"password\":\"kept-password\",\"type\":\"TRIAL\"}",
                      admin)
                  .status())
          .isEqualTo(201);
    }
    assertThat(passwordHashOf(work, name)).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");

    try (MicroServer second =
        new MicroServer(
                work,
                List.of(
                    "-Dtwofactor.admin.password=ignored-after-first-start",
                    "-Dtwofactor.password.algorithm=PBKDF2_SHA512"))
            .start()) {
      Api api = new Api(second.baseUrl());
      assertThat(api.login("system", ADMIN_PASSWORD).status()).isEqualTo(200);
      assertThat(api.login(name, "kept-password").status()).isEqualTo(200);
      System.out.printf(
          "Restart with existing data ready in %d ms%n", second.lastStartup().toMillis());
    }
    assertThat(passwordHashOf(work, name)).startsWith("$pbkdf2-sha512$i=210000$");
  }

  private static String passwordHashOf(Path work, String loginName) throws SQLException {
    String url = "jdbc:h2:file:" + work.resolve("data").resolve("twofactor").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url, "twofactor", "twofactor");
        PreparedStatement query =
            connection.prepareStatement("SELECT password_hash FROM account WHERE login_name = ?")) {
      query.setString(1, loginName);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("%s is stored", loginName).isTrue();
        return row.getString(1);
      }
    }
  }
}
