package com.twofactor.ear;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * System test of the EAR on WildFly: the distribution unpacked under {@code target/}, configured by
 * {@code ear/src/main/wildfly/configure-server.cli}, started with standalone-microprofile.xml on
 * 127.0.0.1 ({@link WildFlyServer}) and the EAR deployed, as README "Deploying the EAR" says; then
 * the API smoke test of {@link EarSmokeTest}, whose health checks WildFly serves on its management
 * port. On the embedded H2 database only (the Payara Server test and the Payara Micro tests cover
 * PostgreSQL).
 *
 * <p>System properties (set by the failsafe configuration of the ear module): {@code it.ear},
 * {@code it.wildfly.home}, {@code it.wildfly.cli}, {@code it.wildfly.workDir} and {@code
 * it.wildfly.portoffset} (first port offset tried).
 */
class EarOnWildFlyIT extends EarSmokeTest {

  private static final String H2_PASSWORD = "Ear-IT-h2-4711";
  private static final String NODE = "twofactor-it";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  private WildFlyServer wildfly;
  private ApiClient api;

  @Override
  ServerHarness server() {
    return wildfly;
  }

  @Override
  ApiClient api() {
    return api;
  }

  @Override
  String nodeName() {
    return NODE; // jboss.node.name
  }

  @BeforeAll
  void startServerAndDeploy() throws Exception {
    wildfly =
        WildFlyServer.prepare(
            ServerHarness.requiredPath("it.wildfly.home"),
            Path.of(System.getProperty("it.wildfly.workDir", "target/it-wildfly")),
            ServerHarness.requiredPath("it.wildfly.cli"),
            Integer.getInteger("it.wildfly.portoffset", 21000));
    Path dataDir = Files.createDirectories(wildfly.workDir().resolve("data"));
    wildfly.start(
        List.of(
            "-Djboss.node.name=" + NODE,
            "-Dtwofactor.data.dir=" + dataDir,
            "-Dtwofactor.admin.password=" + ADMIN_PASSWORD,
            "-Dtwofactor.db.class=org.h2.jdbcx.JdbcDataSource",
            "-Dtwofactor.db.url=jdbc:h2:file:"
                + dataDir.resolve("twofactor")
                + ";DB_CLOSE_ON_EXIT=FALSE",
            "-Dtwofactor.db.user=sa",
            "-Dtwofactor.db.password=" + H2_PASSWORD));
    wildfly.deploy(ServerHarness.requiredPath("it.ear"));
    api = new ApiClient(wildfly.httpPort(), wildfly.managementPort());
    long t0 = System.nanoTime();
    api.awaitReady(READY_TIMEOUT);
    wildfly.log(
        "ready (GET /health/ready = 200) " + ServerHarness.secondsSince(t0) + " after deploy");
    wildfly.log("server RSS with the application: " + wildfly.rss());
    wildfly.markReady();
  }

  @AfterAll
  void undeployAndStop() {
    if (wildfly != null) {
      wildfly.close();
    }
  }
}
