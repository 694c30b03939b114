package com.twofactor.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * System test of the EAR on Payara Server Full: a fresh domain under {@code target/} bound to
 * 127.0.0.1 ({@link PayaraServerDomain}), the EAR deployed as README "Deploying the EAR" says, and
 * the API smoke test of {@link EarSmokeTest}.
 *
 * <p>System properties (set by the failsafe configuration of the ear module): {@code it.ear},
 * {@code it.payara.home}, {@code it.workDir}, {@code it.payara.portbase} (first port base tried)
 * and {@code it.db.url}: empty for the application's default file-based H2 database, or a
 * PostgreSQL URL such as {@code jdbc:postgresql://127.0.0.1:5432/test} (with {@code it.db.user},
 * {@code it.db.password}), in which case the test recreates the schema {@code twofactor_ear}.
 */
class EarOnPayaraServerIT extends EarSmokeTest {

  private static final String H2_PASSWORD = "Ear-IT-h2-4711";
  private static final String PG_SCHEMA = "twofactor_ear";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  private PayaraServerDomain domain;
  private ApiClient api;

  @Override
  ServerHarness server() {
    return domain;
  }

  @Override
  ApiClient api() {
    return api;
  }

  @Override
  String nodeName() {
    return "server"; // the domain's own instance
  }

  @BeforeAll
  void startDomainAndDeploy() throws Exception {
    Path ear = ServerHarness.requiredPath("it.ear");
    domain =
        PayaraServerDomain.create(
            ServerHarness.requiredPath("it.payara.home"),
            Path.of(System.getProperty("it.workDir", "target/it-payara-server")),
            Integer.getInteger("it.payara.portbase", 28000));
    Path dataDir = Files.createDirectories(domain.workDir().resolve("data"));
    domain.start(applicationJvmOptions(dataDir));
    domain.deploy(ear, APPLICATION);
    api = new ApiClient(domain.httpPort(), domain.httpPort());
    long t0 = System.nanoTime();
    api.awaitReady(READY_TIMEOUT);
    domain.log(
        "ready (GET /health/ready = 200) " + ServerHarness.secondsSince(t0) + " after deploy");
    domain.log("server RSS with the application: " + domain.rss());
    domain.markReady();
  }

  @AfterAll
  void undeployAndStopDomain() {
    if (domain != null) {
      domain.close();
    }
  }

  @Test
  void thePlainListenerAnswersAClientAskingForHttp2InHttp11() throws Exception {
    HttpClient h2c =
        HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> answer =
        h2c.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://" + Loopback.ADDRESS + ":" + domain.httpPort() + "/api/v1/me"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(answer.statusCode()).isEqualTo(401);
  }

  /** The application's configuration, as system properties of the domain. */
  private static List<String> applicationJvmOptions(Path dataDir) throws Exception {
    List<String> options = new ArrayList<>();
    options.add("-Dtwofactor.data.dir=" + dataDir);
    options.add("-Dtwofactor.admin.password=" + ADMIN_PASSWORD);
    String dbUrl = System.getProperty("it.db.url", "").trim();
    if (dbUrl.isEmpty()) {
      // The application's default database, spelled out: the EAR's application.xml defines the
      // data source from the server's system properties twofactor.db.* (README).
      String h2Url = "jdbc:h2:file:" + dataDir.resolve("twofactor") + ";DB_CLOSE_ON_EXIT=FALSE";
      options.add("-Dtwofactor.db.class=org.h2.jdbcx.JdbcDataSource");
      options.add("-Dtwofactor.db.url=" + h2Url);
      options.add("-Dtwofactor.db.user=sa");
      options.add("-Dtwofactor.db.password=" + H2_PASSWORD);
      return options;
    }
    assertThat(dbUrl).as("it.db.url").startsWith("jdbc:postgresql://");
    String user = System.getProperty("it.db.user", "postgres");
    String password = System.getProperty("it.db.password", "");
    try (Connection connection = DriverManager.getConnection(dbUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + PG_SCHEMA);
    }
    String appUrl = dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA;
    options.add("-Dtwofactor.db.class=org.postgresql.ds.PGSimpleDataSource");
    options.add("-Dtwofactor.db.url=" + appUrl);
    options.add("-Dtwofactor.db.user=" + user);
    if (!password.isEmpty()) {
      options.add("-Dtwofactor.db.password=" + password);
    }
    return options;
  }
}
