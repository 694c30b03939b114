package com.twofactor.bench;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * The Backup User list read by keyset ({@code after=<login name>}): the first page (which alone
 * counts the total, once per filter), a page in the middle and the last, for the 2FA filters and
 * without filter, timed like the numbered pages.
 */
final class KeysetScenario {

  private static final int SIZE = 50;

  /** What the issue promises: any page under 150 ms. */
  private static final double PAGE_LIMIT_MS = 150;

  private final AdminSession admin;
  private final BackupUserSeed seed;
  private final Report report;
  private final LongSupplier serverCpu;
  private final IntConsumer writeSomething;

  KeysetScenario(
      AdminSession admin,
      BackupUserSeed seed,
      Report report,
      LongSupplier serverCpu,
      IntConsumer writeSomething) {
    this.admin = admin;
    this.seed = seed;
    this.report = report;
    this.serverCpu = serverCpu;
    this.writeSomething = writeSomething;
  }

  void run(int warmUps, int runs) {
    report.line("");
    report.line(
        "Backup User list by keyset, GET %s?twoFactor=…&after=…&size=%d (%d runs after %d"
            + " warm-ups, ms; load %s)",
        ListScenario.USERS, SIZE, runs, warmUps, Report.loadAverage());
    report.line(
        "%-9s %-7s %7s %5s %9s %9s %9s %8s",
        "twoFactor", "page", "total", "rows", "median", "p95", "max", "srv cpu");
    for (String filter : List.of("enabled", "disabled", "")) {
      List<String> names = seed.matching(filter);
      int lastStart = (names.size() - 1) / SIZE * SIZE;
      int middleStart = names.size() / SIZE / 2 * SIZE;
      measure(filter, "first", "", names.size(), warmUps, runs, SIZE);
      measure(filter, "middle", names.get(middleStart - 1), names.size(), warmUps, runs, SIZE);
      measure(
          filter,
          "last",
          names.get(lastStart - 1),
          names.size(),
          warmUps,
          runs,
          names.size() - lastStart);
    }
  }

  private void measure(
      String filter,
      String label,
      String after,
      int total,
      int warmUps,
      int runs,
      int expectedRows) {
    Report.progress("keyset twoFactor=%s %s", filter, label);
    String query =
        "?size="
            + SIZE
            + "&after="
            + URLEncoder.encode(after, StandardCharsets.UTF_8)
            + (filter.isEmpty() ? "" : "&twoFactor=" + filter);
    for (int i = 0; i < warmUps; i++) {
      get(query);
    }
    Samples samples = new Samples();
    JsonObject answer = null;
    for (int i = 0; i < runs; i++) {
      writeSomething.accept(i);
      long cpu = serverCpu.getAsLong();
      long start = System.nanoTime();
      answer = get(query);
      samples.add(System.nanoTime() - start);
      samples.addServerCpu(serverCpu.getAsLong() - cpu);
    }
    int rows = answer.getJsonArray("items").size();
    if (rows != expectedRows) {
      throw new IllegalStateException(
          "Keyset page " + label + " holds " + rows + " users, expected " + expectedRows);
    }
    if (after.isEmpty() && answer.getJsonNumber("total").longValue() != total) {
      throw new IllegalStateException("Keyset total " + answer + " expected " + total);
    }
    report.line(
        "%-9s %-7s %7s %5d %9.1f %9.1f %9.1f %8s%s",
        filter.isEmpty() ? "(none)" : filter,
        label,
        after.isEmpty() ? Integer.toString(total) : "-",
        rows,
        samples.median(),
        samples.p95(),
        samples.max(),
        samples.serverCpu(),
        samples.median() > PAGE_LIMIT_MS ? "  << over " + (int) PAGE_LIMIT_MS + " ms" : "");
  }

  private JsonObject get(String query) {
    return AdminSession.expect(
            200,
            "GET " + ListScenario.USERS + query,
            admin.api().get(ListScenario.USERS + query, admin.token()))
        .json();
  }
}
