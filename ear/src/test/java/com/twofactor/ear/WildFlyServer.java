package com.twofactor.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A WildFly server for one test class, run from an unpacked distribution with its own server base
 * folder under {@code target/} (the distribution stays untouched): {@link #prepare} copies the
 * distribution's {@code standalone/} folder and runs the configuration script on it offline, {@link
 * #start} starts {@code standalone-microprofile.xml} bound to 127.0.0.1 (public and management
 * interfaces) with the first free port offset, {@link #deploy} drops an archive into {@code
 * deployments/} and waits for the scanner's verdict, and {@link #close()} undeploys, shuts the
 * server down through the management CLI and kills it when that does not end it.
 */
final class WildFlyServer extends ServerHarness {

  static final String CONFIG = "standalone-microprofile.xml";

  /** Ports of standalone-microprofile.xml: ajp, http, https, management http/https, txn. */
  static final List<Integer> PORTS = List.of(8009, 8080, 8443, 9990, 9993, 4712, 4713);

  private static final Duration CLI_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(600);
  private static final Duration UNDEPLOY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);

  private final Path home;
  private final Path baseDir;
  private final int portOffset;
  private final List<String> deployed = new ArrayList<>();
  private Process script;

  private WildFlyServer(Path home, Path workDir, int portOffset) throws IOException {
    super("wildfly", workDir);
    this.home = home;
    this.baseDir = workDir().resolve("standalone");
    this.portOffset = portOffset;
  }

  /**
   * Copies the distribution's {@code standalone/} folder into {@code workDir} (emptied first) and
   * runs {@code cliScript} on it with {@code bin/jboss-cli.sh --file} (an embedded, offline
   * server).
   */
  static WildFlyServer prepare(Path home, Path workDir, Path cliScript, int firstPortOffset)
      throws Exception {
    killLeftover(workDir.toAbsolutePath().resolve("standalone"));
    int offset = Loopback.freeBase(firstPortOffset, 100, PORTS);
    WildFlyServer server = new WildFlyServer(home, workDir, offset);
    try {
      server.configure(cliScript);
      return server;
    } catch (Exception | AssertionError e) {
      server.close();
      throw e;
    }
  }

  private void configure(Path cliScript) throws Exception {
    assertThat(script("jboss-cli")).as("jboss-cli of the unpacked WildFly").isRegularFile();
    assertThat(cliScript).as("the configuration script").isRegularFile();
    copyRecursively(home.resolve("standalone"), baseDir);
    log("WildFly " + home + ", port offset " + portOffset + ", base dir " + baseDir);
    long t0 = System.nanoTime();
    run(
        CLI_TIMEOUT,
        "configure",
        commandOf(script("jboss-cli"), "--file=" + cliScript),
        Map.of(
            "JAVA_HOME",
            System.getProperty("java.home"),
            "JAVA_OPTS",
            "-Djboss.server.base.dir=" + baseDir));
    log("configured by " + cliScript.getFileName() + " in " + secondsSince(t0));
  }

  /** Starts the server with these system properties and waits until it has booted. */
  void start(List<String> systemProperties) throws Exception {
    List<String> command =
        commandOf(
            script("standalone"),
            "-c",
            CONFIG,
            "-Djboss.server.base.dir=" + baseDir,
            "-b",
            Loopback.ADDRESS,
            "-bmanagement",
            Loopback.ADDRESS,
            "-Djboss.socket.binding.port-offset=" + portOffset);
    command.addAll(systemProperties);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir().resolve("wildfly-console.log").toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("JBOSS_JAVA_SIZING", "-Xms64m -Xmx768m");
    // The offline configuration run may have left a log behind: only this start's log counts.
    Files.deleteIfExists(serverLog());
    long t0 = System.nanoTime();
    script = builder.start();
    script.getOutputStream().close();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (pid().isEmpty()) {
        javaProcess().ifPresent(this::watch);
      }
      String log = Files.exists(serverLog()) ? Files.readString(serverLog()) : "";
      if (log.contains("WFLYSRV0025") || log.contains("WFLYSRV0026")) {
        assertThat(log).as("WildFly started without errors").doesNotContain("WFLYSRV0026");
        break;
      }
      if (!script.isAlive()) {
        throw new IllegalStateException("WildFly ended during start, exit " + script.exitValue());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("WildFly did not start within " + START_TIMEOUT);
      }
      Thread.sleep(500);
    }
    for (int i = 0; i < 20 && pid().isEmpty(); i++) {
      javaProcess().ifPresent(this::watch);
      Thread.sleep(500);
    }
    assertThat(pid()).as("the WildFly JVM").isPresent();
    log("started in " + secondsSince(t0) + " (pid " + pid().orElse(null) + ")");
    log("server RSS after start: " + rss());
  }

  /** Copies the archive into deployments/ and waits for its .deployed (or .failed) marker. */
  void deploy(Path archive) throws Exception {
    assertThat(archive).as("the archive to deploy").isRegularFile();
    String name = archive.getFileName().toString();
    Path deployments = baseDir.resolve("deployments");
    long t0 = System.nanoTime();
    deployed.add(name);
    Files.copy(archive, deployments.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    Path done = deployments.resolve(name + ".deployed");
    Path failed = deployments.resolve(name + ".failed");
    long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
    while (!Files.exists(done)) {
      if (Files.exists(failed)) {
        throw new IllegalStateException(name + " failed to deploy:\n" + Files.readString(failed));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " not deployed within " + DEPLOY_TIMEOUT);
      }
      Thread.sleep(500);
    }
    log(name + " deployed in " + secondsSince(t0));
  }

  int httpPort() {
    return 8080 + portOffset;
  }

  int managementPort() {
    return 9990 + portOffset;
  }

  @Override
  List<Integer> ports() {
    return PORTS.stream().map(port -> port + portOffset).toList();
  }

  @Override
  Path serverLog() {
    return baseDir.resolve("log").resolve("server.log");
  }

  @Override
  void stopGracefully() {
    Path deployments = baseDir.resolve("deployments");
    for (String name : deployed) {
      try {
        // The scanner undeploys an archive whose .deployed marker is removed.
        long t0 = System.nanoTime();
        Files.deleteIfExists(deployments.resolve(name + ".deployed"));
        Files.deleteIfExists(deployments.resolve(name + ".failed"));
        long deadline = System.nanoTime() + UNDEPLOY_TIMEOUT.toNanos();
        while (!Files.exists(deployments.resolve(name + ".undeployed"))
            && System.nanoTime() < deadline
            && pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false)) {
          Thread.sleep(500);
        }
        log(name + " undeployed in " + secondsSince(t0));
      } catch (IOException e) {
        log("undeploy failed: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (script == null || !script.isAlive()) {
      return;
    }
    try {
      long t0 = System.nanoTime();
      run(
          STOP_TIMEOUT,
          "shutdown",
          commandOf(
              script("jboss-cli"),
              "--connect",
              "--controller=" + Loopback.ADDRESS + ":" + managementPort(),
              "--command=:shutdown"),
          Map.of("JAVA_HOME", System.getProperty("java.home")));
      script.onExit().get(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
      log("stopped in " + secondsSince(t0));
    } catch (Exception e) {
      log("shutdown failed: " + e.getMessage());
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  private Path script(String name) {
    return home.resolve("bin").resolve(name + ".sh");
  }

  /** The server JVM, a child of the standalone.sh process. */
  private Optional<Long> javaProcess() {
    return script
        .descendants()
        .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
        .map(ProcessHandle::pid)
        .findFirst();
  }

  /** A server of an earlier, aborted run of this test (same base folder) is killed first. */
  private static void killLeftover(Path baseDir) {
    ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("jboss-modules.jar") && c.contains(baseDir.toString()))
                    .orElse(false))
        .findFirst()
        .ifPresent(p -> ServerHarness.killLeftover(Optional.of(p.pid()), baseDir.toString()));
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
