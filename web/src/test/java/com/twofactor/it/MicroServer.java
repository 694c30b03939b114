package com.twofactor.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Payara Micro process running the built WAR, bound to 127.0.0.1 on a free port, without
 * clustering unless made a {@link #clusterNode cluster node}. Ready once the application's own
 * readiness check answers, not when Micro says so (Micro reports "ready" even when the deployment
 * failed).
 */
public final class MicroServer implements AutoCloseable {

  /**
   * How long a start may take; a busy machine may need more (system property
   * it.startupLimitSeconds).
   */
  private static final Duration STARTUP_LIMIT =
      Duration.ofSeconds(Long.getLong("it.startupLimitSeconds", 240));

  /**
   * The memory options of {@code ./run.sh} (each explained there), so that tests and the benchmark
   * run the server as the product's one command does; a test's own options come after them and win.
   */
  static final List<String> RUN_SH_MEMORY_OPTIONS =
      List.of(
          "-Xms32m",
          "-XX:MinHeapFreeRatio=10",
          "-XX:MaxHeapFreeRatio=30",
          "-XX:G1PeriodicGCInterval=30000");

  private final Path workFolder;
  private final List<String> options;
  private final List<String> clustering;
  private final Duration startupLimit;
  private final int port;
  private Process process;
  private Instant launched;
  private int logOffset;
  private Duration lastStartup;

  /**
   * @param workFolder holds the data folder, Micro's root folder and the log
   * @param options extra JVM options (configuration as {@code -Dtwofactor.…=…})
   */
  public MicroServer(Path workFolder, List<String> options) {
    this(workFolder, options, List.of("--nocluster"), STARTUP_LIMIT);
  }

  private MicroServer(
      Path workFolder, List<String> options, List<String> clustering, Duration startupLimit) {
    this.workFolder = workFolder;
    this.options = List.copyOf(options);
    this.clustering = List.copyOf(clustering);
    this.startupLimit = startupLimit;
    this.port = freePort();
  }

  /**
   * A node of a Payara data grid on loopback, as {@code ./run.sh cluster} starts one: TCP/IP
   * discovery of the given members on 127.0.0.1 only (never multicast), the grid bound to
   * 127.0.0.1, backups kept although every member has the same address. The nodes of a cluster boot
   * at the same time on the same cores: each may take twice the usual startup limit.
   *
   * @param gridPort this node's data grid port, one of {@code gridPorts}
   * @param gridPorts the grid ports of every node of the cluster
   */
  public static MicroServer clusterNode(
      Path workFolder,
      List<String> options,
      String clusterName,
      String nodeName,
      int gridPort,
      List<Integer> gridPorts) {
    List<String> jvm = new ArrayList<>(options);
    jvm.add("-Dhazelcast.socket.bind.any=false");
    jvm.add("-Dtwofactor.node.name=" + nodeName);
    String members =
        String.join(",", gridPorts.stream().map(member -> "127.0.0.1:" + member).toList());
    return new MicroServer(
        workFolder,
        jvm,
        List.of(
            "--clustermode",
            "tcpip:" + members,
            "--interfaces",
            "127.0.0.1",
            "--clustername",
            clusterName,
            "--name",
            nodeName,
            "--startport",
            Integer.toString(gridPort),
            "--nohostaware"),
        STARTUP_LIMIT.multipliedBy(2));
  }

  public MicroServer start() {
    launch();
    awaitReady();
    return this;
  }

  /**
   * Starts the process and waits at most {@code limit} for the application: true once it is ready,
   * false when it is not ready by the time Payara Micro says it finished starting (as it does when
   * the deployment failed), the process exited, or the limit passed. The process is left running
   * either way; {@link #stop} ends it.
   */
  public boolean startWithin(Duration limit) {
    launch();
    HttpClient client = probeClient();
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      boolean microStarted = microReportedReady();
      try {
        if (allAnswer(client, probes())) {
          lastStartup = Duration.between(launched, Instant.now());
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      if (microStarted) {
        return false;
      }
      sleep();
    }
    return false;
  }

  /** Whether the application answers its readiness check and its login page now. */
  public boolean isReady() {
    HttpClient client = probeClient();
    try {
      return allAnswer(client, probes());
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean microReportedReady() {
    try {
      return Files.readString(log(), StandardCharsets.ISO_8859_1)
          .substring(logOffset)
          .lines()
          .anyMatch(line -> line.contains("Payara Micro") && line.contains(" ready in "));
    } catch (IOException e) {
      return false;
    }
  }

  private void launch() {
    try {
      Files.createDirectories(workFolder);
      // Micro redeploys whatever its root folder holds from an earlier start, before --deploy.
      deleteRecursively(workFolder.resolve("micro-root"));
      Path preboot = loopbackPreboot(workFolder);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx512m");
      command.addAll(RUN_SH_MEMORY_OPTIONS);
      command.add("-Dtwofactor.data.dir=" + dataFolder());
      command.addAll(options);
      command.addAll(
          List.of(
              "-jar",
              System.getProperty("payara.microJar", "target/payara-micro.jar"),
              "--deploy",
              System.getProperty("it.war", "target/twofactor.war"),
              "--contextroot",
              "/",
              "--port",
              Integer.toString(port)));
      command.addAll(clustering);
      command.addAll(
          List.of(
              "--disablephonehome",
              "--rootdir",
              workFolder.resolve("micro-root").toString(),
              "--prebootcommandfile",
              preboot.toString()));
      logOffset =
          Files.exists(log()) ? Files.readString(log(), StandardCharsets.ISO_8859_1).length() : 0;
      launched = Instant.now();
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      // As ./run.sh: two malloc arenas.
      builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public Path dataFolder() {
    return workFolder.resolve("data");
  }

  public Path log() {
    return workFolder.resolve("micro.log");
  }

  /** What the log gained since the last start: a folder's log is appended to by each start. */
  public String logOfThisStart() {
    try {
      return Files.readString(log(), StandardCharsets.ISO_8859_1).substring(logOffset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Duration lastStartup() {
    return lastStartup;
  }

  public long pid() {
    return process.pid();
  }

  /** Stops the process, forcibly if it does not stop within 30 seconds. */
  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Ends the process at once with SIGKILL, as a crash or an out-of-memory killer would. */
  public void kill() {
    if (process == null) {
      return;
    }
    try {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  /** Micro answers its health endpoint before the application's own pages are served. */
  private List<HttpRequest> probes() {
    return List.of(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpRequest.newBuilder(URI.create(baseUrl() + "/login.xhtml"))
            .timeout(Duration.ofSeconds(5))
            .build());
  }

  private void awaitReady() {
    HttpClient client = probeClient();
    List<HttpRequest> probes = probes();
    Instant deadline = Instant.now().plus(startupLimit);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited; see " + log());
      }
      try {
        if (allAnswer(client, probes)) {
          lastStartup = Duration.between(launched, Instant.now());
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep();
    }
    stop();
    throw new IllegalStateException("The application did not get ready; see " + log());
  }

  /** Plain HTTP/1.1: no upgrade to HTTP/2 to wait for while the server starts. */
  private static HttpClient probeClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  /**
   * Whether every probe answers 200. Each waits at most ten seconds whatever happens: on a busy
   * host a blocking {@code send} was seen to hang for good, its request timeout notwithstanding.
   */
  private static boolean allAnswer(HttpClient client, List<HttpRequest> probes)
      throws IOException, InterruptedException {
    for (HttpRequest probe : probes) {
      CompletableFuture<HttpResponse<Void>> answer =
          client.sendAsync(probe, HttpResponse.BodyHandlers.discarding());
      try {
        if (answer.get(10, TimeUnit.SECONDS).statusCode() != 200) {
          return false;
        }
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      } catch (TimeoutException e) {
        answer.cancel(true);
        return false;
      }
    }
    return true;
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Without JUnit on the class path, for the benchmark. */
  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * The preboot command of ./run.sh that keeps the plain HTTP listener at HTTP/1.1: Grizzly's
   * HTTP/2 (h2c, which clients such as Java's HttpClient ask for by default) keeps the streams of
   * the connections it served in memory, after they closed too ({@link PlainHttpIT}).
   */
  static final String HTTP2_OFF =
      "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
          + ".http2-enabled=false";

  /**
   * An asadmin preboot file binding Micro's HTTP listener to 127.0.0.1 only, with run.sh's {@link
   * #HTTP2_OFF}.
   */
  static Path loopbackPreboot(Path folder) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(
        folder.resolve("preboot.asadmin"),
        "set configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.address=127.0.0.1\n"
            + HTTP2_OFF
            + "\n");
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
