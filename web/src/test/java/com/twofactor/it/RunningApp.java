package com.twofactor.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * One running application shared by every system test class of a test run: started by the first
 * class that needs it, stopped when the run ends.
 */
public final class RunningApp implements BeforeAllCallback {

  static final String ADMIN_PASSWORD = "it-admin-Password-1";

  /** Short, so tests of revocation wait little; the default is a few seconds. */
  public static final java.time.Duration SECURITY_STAMP_CACHE = java.time.Duration.ofSeconds(1);

  /** How long a push request waits for the app on the shared server. */
  public static final java.time.Duration PUSH_TTL = java.time.Duration.ofSeconds(12);

  private static MicroServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(Namespace.GLOBAL)
        .getOrComputeIfAbsent(RunningApp.class, key -> start(), Stopper.class);
  }

  private static synchronized Stopper start() {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "shared");
    List<String> options =
        new ArrayList<>(ItDatabase.freshDatabaseOptions("shared", work.resolve("data")));
    options.add("-Dtwofactor.admin.password=" + ADMIN_PASSWORD);
    // Every test here talks from 127.0.0.1: throttling by source address is tested on its own.
    options.add("-Dtwofactor.throttle.free-failures=1000000");
    options.add("-Dtwofactor.security-stamp.cache=" + SECURITY_STAMP_CACHE);
    // The hosts the Test reaches in system tests are servers on loopback.
    options.add("-Dtwofactor.host-test.allow-private=true");
    // Push notifications go to a relay on loopback; push requests expire soon, so tests can wait.
    options.add("-Dtwofactor.push.relay-url=" + PushRelay.get().url());
    options.add("-Dtwofactor.push.ttl=" + PUSH_TTL);
    server = new MicroServer(work, options);
    deleteRecursively(work.resolve("data"));
    server.start();
    System.out.printf(
        "TwoFactor on %s (%s) ready in %d ms%n",
        server.baseUrl(), ItDatabase.kind(), server.lastStartup().toMillis());
    return new Stopper(server);
  }

  public static String baseUrl() {
    return server.baseUrl();
  }

  /** The shared server's log, for tests that check what it never writes. */
  public static java.nio.file.Path log() {
    return server.log();
  }

  /** The shared server's data folder ({@code twofactor.data.dir}). */
  public static Path dataFolder() {
    return server.dataFolder();
  }

  public static String adminPassword() {
    return ADMIN_PASSWORD;
  }

  public static void deleteRecursively(Path folder) {
    if (!java.nio.file.Files.exists(folder)) {
      return;
    }
    try (var paths = java.nio.file.Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Stops the server when the test run's root context closes. */
  record Stopper(MicroServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.stop();
      PushRelay.get().stop();
    }
  }
}
