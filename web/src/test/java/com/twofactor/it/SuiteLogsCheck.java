package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other system test of the build (a failsafe execution of its own) and reads what
 * they left: the log of every Payara Micro they started and the output of the in-container tests.
 * No line may hold a secret a test sent or was given ({@link SecretsSeen}), and no expected refusal
 * (a refused role, invalid input, a race a unique key decided) may have left a stack trace.
 */
class SuiteLogsCheck {

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\"'<>,;:()\\[\\]{}=&?]+");

  private static final List<String> EXPECTED_REFUSAL_TRACES =
      List.of(
          "AccessLocalException",
          "EJBAccessException",
          "occurred during method validation",
          "Unique index or primary key violation",
          "duplicate key value violates unique constraint");

  /**
   * The test harness's own line that prints the command it starts Payara Micro with, test passwords
   * among its system properties: the harness's, not the server's.
   */
  private static final String LAUNCHER_LINE = "Starting Payara Micro using cmd";

  private final Path workDir = Path.of(System.getProperty("it.workDir", "target/it"));
  private final Path reports =
      Path.of(System.getProperty("it.reportsDir", "target/failsafe-reports"));

  @Test
  void noLogHoldsASecretATestSentOrWasGiven() throws IOException {
    assumeTrue(
        Files.exists(SecretsSeen.file()),
        "no API test ran in this build, so no secret was noted to look for");
    Set<String> secrets = new HashSet<>(Files.readAllLines(SecretsSeen.file()));
    List<Path> logs = logs();
    assertThat(logs).as("logs of the system tests").isNotEmpty();

    List<String> leaks = new ArrayList<>();
    for (Path log : logs) {
      Set<String> words = new HashSet<>();
      lines(log)
          .filter(line -> !line.contains(LAUNCHER_LINE))
          .forEach(line -> words.addAll(List.of(WORD_BREAKS.split(line))));
      secrets.stream()
          .filter(words::contains)
          .forEach(secret -> leaks.add(log + " holds a secret starting " + secret.substring(0, 3)));
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void expectedRefusalsLeaveNoStackTrace() throws IOException {
    List<String> traces = new ArrayList<>();
    for (Path log : logs()) {
      lines(log)
          .filter(line -> EXPECTED_REFUSAL_TRACES.stream().anyMatch(line::contains))
          .limit(3)
          .forEach(line -> traces.add(log.getFileName() + ": " + line.strip()));
    }
    assertThat(traces).isEmpty();
  }

  private List<Path> logs() throws IOException {
    List<Path> logs = new ArrayList<>();
    for (Path root : List.of(workDir, reports)) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files
              .filter(Files::isRegularFile)
              .filter(
                  file ->
                      file.getFileName().toString().endsWith(".log")
                          || file.getFileName().toString().endsWith("-output.txt"))
              .forEach(logs::add);
        }
      }
    }
    return logs;
  }

  private static Stream<String> lines(Path log) {
    try {
      return Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
