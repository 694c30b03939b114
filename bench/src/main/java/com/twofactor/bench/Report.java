package com.twofactor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text a run prints and keeps: a heading naming the machine and its load, then the lines the
 * scenario writes. Progress goes to stderr, the report to stdout and a file.
 */
final class Report {

  private final StringBuilder text = new StringBuilder();
  private final Instant began = Instant.now();

  /** What was measured, where, when, and how busy the machine was at the start. */
  void heading(String what) {
    line(
        "TwoFactor benchmark: %s, %s UTC",
        what,
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(began.atOffset(ZoneOffset.UTC).toLocalDateTime()));
    line(
        "Machine: %d cores, %s, JDK %s; load average %s at the start",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        System.getProperty("java.version"),
        loadAverage());
  }

  /** The closing line: how long the run took and the load at its end. */
  void footer() {
    line("");
    line(
        "Done in %d s; load average %s at the end (%d cores).",
        Duration.between(began, Instant.now()).toSeconds(),
        loadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  void line(String format, Object... values) {
    text.append(String.format(Locale.ROOT, format, values)).append('\n');
  }

  void append(String more) {
    text.append(more);
  }

  /** Prints the report and writes it to {@code file}. */
  void publish(Path file) throws IOException {
    System.out.print(text);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    progress("Written to %s", file);
  }

  /** The 1, 5 and 15 minute load averages as Linux's {@code /proc/loadavg} has them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** The 1-minute load average alone. */
  static String load1() {
    return loadAverage().split(" ")[0];
  }

  static void progress(String format, Object... values) {
    System.err.printf(Locale.ROOT, "[bench] " + format + "%n", values);
  }
}
