package com.twofactor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Elapsed times of repeated operations, summarised in milliseconds, with the CPU time they cost
 * where it can be read. On a busy machine the elapsed times wait for a core; the CPU time does not.
 */
final class Samples {

  private final List<Long> nanos = new ArrayList<>();
  private Long serverCpuNanos;
  private Long databaseCpuNanos;

  void add(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  /** CPU time the server process spent on some of them. */
  void addServerCpu(long nanos) {
    serverCpuNanos = (serverCpuNanos == null ? 0 : serverCpuNanos) + nanos;
  }

  /** CPU time the database spent on some of them, where the server's does not hold it. */
  void addDatabaseCpu(long nanos) {
    databaseCpuNanos = (databaseCpuNanos == null ? 0 : databaseCpuNanos) + nanos;
  }

  int count() {
    return nanos.size();
  }

  double min() {
    return millis(sorted().get(0));
  }

  double max() {
    List<Long> sorted = sorted();
    return millis(sorted.get(sorted.size() - 1));
  }

  double median() {
    List<Long> sorted = sorted();
    int n = sorted.size();
    return n % 2 == 1
        ? millis(sorted.get(n / 2))
        : (millis(sorted.get(n / 2 - 1)) + millis(sorted.get(n / 2))) / 2;
  }

  /** The nearest-rank 95th percentile: with 20 samples, the second slowest. */
  double p95() {
    List<Long> sorted = sorted();
    int rank = (int) Math.ceil(0.95 * sorted.size());
    return millis(sorted.get(Math.max(rank, 1) - 1));
  }

  /** The nearest-rank percentile {@code q} (0 to 100). */
  double percentile(double q) {
    List<Long> sorted = sorted();
    int rank = (int) Math.ceil(q / 100 * sorted.size());
    return millis(sorted.get(Math.max(rank, 1) - 1));
  }

  /** The server's mean CPU time per operation, {@code -} when not measured. */
  String serverCpu() {
    return perOperation(serverCpuNanos);
  }

  /** The database's mean CPU time per operation, {@code -} when not measured. */
  String databaseCpu() {
    return perOperation(databaseCpuNanos);
  }

  private String perOperation(Long cpuNanos) {
    return cpuNanos == null ? "-" : String.format(Locale.ROOT, "%.0f", millis(cpuNanos) / count());
  }

  private List<Long> sorted() {
    if (nanos.isEmpty()) {
      throw new IllegalStateException("No samples");
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted;
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
