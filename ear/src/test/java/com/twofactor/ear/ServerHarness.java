package com.twofactor.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What every application server a system test starts has in common: a work folder under {@code
 * target/}, command-line tools run with a time limit and their output kept in a file, the server
 * process watched by a shutdown hook that kills it should the test JVM end early, and on {@link
 * #close()} an orderly stop, a kill when that does not end it, and the tail of the server log when
 * something went wrong.
 */
abstract class ServerHarness implements AutoCloseable {

  private final String name;
  private final Path workDir;
  private final Thread killOnExit;
  private volatile Long pid;
  private int toolCalls;
  private boolean ready;
  private boolean failed;

  ServerHarness(String name, Path workDir) throws IOException {
    this.name = name;
    this.workDir = workDir.toAbsolutePath();
    deleteRecursively(this.workDir);
    Files.createDirectories(this.workDir);
    killOnExit = new Thread(this::killQuietly, "kill-" + name);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** Every port the server may listen on. */
  abstract List<Integer> ports();

  /** The server's own log file. */
  abstract Path serverLog();

  /** Undeploys and stops the server the way its tools do; failures are logged, not thrown. */
  abstract void stopGracefully();

  final Path workDir() {
    return workDir;
  }

  final Optional<Long> pid() {
    return Optional.ofNullable(pid);
  }

  /** The server process to watch from now on. */
  final void watch(long serverPid) {
    pid = serverPid;
  }

  /** The server and its application answer: close() shows no log tail unless a test failed. */
  final void markReady() {
    ready = true;
  }

  /** A test failed: close() shows the tail of the server log. */
  final void markFailed() {
    failed = true;
  }

  @Override
  public final void close() {
    try {
      stopGracefully();
      if (!ready || failed) {
        printLogTail(150);
      }
      log("server log: " + serverLog());
    } finally {
      boolean killed = killIfStillRunning();
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook runs anyway
      }
      if (killed) {
        log("WARNING: the server had to be killed, stopping did not end it");
      }
      Long serverPid = pid;
      boolean alive =
          serverPid != null
              && ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false);
      assertThat(alive).as("%s process %s must not survive the test", name, serverPid).isFalse();
    }
  }

  /**
   * Runs a command-line tool non-interactively: no stdin, its output in a file of the work folder
   * (a tool that leaves the server running could hold a pipe open), killed with its children when
   * it exceeds {@code timeout}. Returns the output; throws when the tool fails.
   */
  final String run(Duration timeout, String label, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    Path output = workDir.resolve(String.format("%s-%02d-%s.log", name, ++toolCalls, label));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    String text = Files.exists(output) ? Files.readString(output) : "";
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException(label + " did not finish within " + timeout + ":\n" + text);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          label + " failed (exit " + process.exitValue() + "):\n" + text);
    }
    return text;
  }

  /** Kills the server if it still runs after a grace period; true when it had to be killed. */
  private boolean killIfStillRunning() {
    Optional<ProcessHandle> process =
        pid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return false;
    }
    try {
      // Stop commands return before the JVM has exited: give it a moment.
      process.get().onExit().get(30, TimeUnit.SECONDS);
      return false;
    } catch (Exception stillRunning) {
      log("killing the server " + pid);
      process.get().destroyForcibly();
      try {
        process.get().onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        log("the server " + pid + " did not exit after SIGKILL: " + e);
      }
      return true;
    }
  }

  private void killQuietly() {
    pid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
  }

  /** A server of an earlier, aborted run (its command line names {@code marker}) is killed. */
  static void killLeftover(Optional<Long> leftoverPid, String marker) {
    leftoverPid
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .ifPresent(
            p -> {
              System.out.println("[it] killing the leftover server " + p.pid());
              p.destroyForcibly();
              p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
  }

  /** Resident memory of the server process, for the test log. */
  final String rss() {
    Long serverPid = pid;
    Path status = Path.of("/proc/" + serverPid + "/status");
    if (serverPid == null || !Files.isReadable(status)) {
      return "unknown";
    }
    try {
      return Files.readAllLines(status).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MiB")
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private void printLogTail(int lines) {
    try {
      List<String> all = Files.readAllLines(serverLog(), StandardCharsets.UTF_8);
      log("last " + lines + " lines of " + serverLog() + ":");
      all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
    } catch (IOException e) {
      log("no server log: " + e.getMessage());
    }
  }

  final void log(String message) {
    System.out.println("[" + name + "] " + message);
  }

  static String secondsSince(long startNanos) {
    return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  static Path requiredPath(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property " + property).isNotBlank();
    return Path.of(value).toAbsolutePath();
  }

  static List<String> commandOf(Path executable, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(arguments));
    return command;
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
