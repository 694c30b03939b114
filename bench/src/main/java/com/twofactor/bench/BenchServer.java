package com.twofactor.bench;

import com.twofactor.it.MicroServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Payara Micro with the built WAR on a fresh database, for one scenario: the system tests' {@link
 * MicroServer} (127.0.0.1 only, a free port, no cluster, the memory options of {@code ./run.sh}),
 * the built-in admin's password set, the database chosen, and the options of the environment
 * variable {@code BENCH_SERVER_OPTS} and of {@code bench.serverOptions} (e.g. a flight recording)
 * added. The server always stops when this program ends, also on failure or Ctrl+C.
 */
final class BenchServer {

  /** Every request is bounded; a bulk change on a busy machine may take a while. */
  static final Duration REQUEST_LIMIT = Duration.ofMinutes(2);

  /**
   * The HTTP version the load clients ask for ({@code bench.http}): 1.1 by default, as API scripts
   * and reverse proxies speak it; 2 makes Java's HttpClient ask for HTTP/2 over cleartext (h2c),
   * whose Grizzly keeps about every other POST it served in memory (bench/README.md, 2026-12-04).
   */
  static HttpClient.Version httpVersion() {
    String asked = System.getProperty("bench.http", "1.1").strip();
    return switch (asked) {
      case "1.1" -> HttpClient.Version.HTTP_1_1;
      case "2" -> HttpClient.Version.HTTP_2;
      default -> throw new IllegalArgumentException("bench.http is 1.1 or 2, not " + asked);
    };
  }

  private final BenchDatabase database;
  private final Path work;

  BenchServer(BenchDatabase database, Path work) {
    this.database = database;
    this.work = work;
  }

  /** A server on an empty database in a fresh folder, with {@code options} added; not started. */
  MicroServer create(List<String> options) throws SQLException, IOException {
    deleteRecursively(work);
    database.recreate();
    List<String> all = new ArrayList<>();
    all.add("-Dtwofactor.admin.password=" + AdminSession.PASSWORD);
    all.addAll(database.serverOptions(work.resolve("server").resolve("data")));
    all.addAll(options);
    // BENCH_SERVER_OPTS for several options (BENCH_JAVA_OPTS splits at every space), then
    // bench.serverOptions: the last of an option wins
    for (String extra :
        List.of(
            System.getenv().getOrDefault("BENCH_SERVER_OPTS", "").strip(),
            System.getProperty("bench.serverOptions", "").strip())) {
      if (!extra.isEmpty()) {
        all.addAll(Arrays.asList(extra.split("\\s+")));
      }
    }
    MicroServer server = new MicroServer(work.resolve("server"), all);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
