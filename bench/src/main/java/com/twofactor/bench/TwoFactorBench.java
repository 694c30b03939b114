package com.twofactor.bench;

import java.nio.file.Path;

/**
 * The benchmark's entry point: {@code TwoFactorBench [list|login] [h2|postgresql]}, run from the
 * repository root after {@code mvn -DskipTests package -pl bench -am} ({@code bench/run.sh} does
 * both).
 *
 * <ul>
 *   <li>{@code list} (the default): the bulk 2FA change and the 2FA-filtered Backup User list on
 *       100,000 users ({@link ListScenario});
 *   <li>{@code login}: logins of users paired with an authenticator app ({@link LoginScenario}).
 * </ul>
 *
 * Figures go to stdout and to {@code bench/target/results-<scenario>-<db>.txt}; {@code
 * bench.serverOptions} adds JVM options to the server (e.g. a flight recording), {@code bench.work}
 * names the work folder under {@code bench/target} (for runs side by side).
 */
public final class TwoFactorBench {

  private TwoFactorBench() {}

  public static void main(String[] args) throws Exception {
    String scenario = "list";
    String databaseName = "h2";
    for (String arg : args) {
      if (arg.equals("list") || arg.equals("login")) {
        scenario = arg;
      } else {
        databaseName = arg;
      }
    }
    BenchDatabase database = BenchDatabase.named(databaseName);
    Path root = Path.of("").toAbsolutePath();
    Path web = root.resolve("web").resolve("target");
    // Read by MicroServer.
    System.setProperty(
        "payara.microJar",
        System.getProperty("payara.microJar", web.resolve("payara-micro.jar").toString()));
    System.setProperty(
        "it.war", System.getProperty("it.war", web.resolve("twofactor.war").toString()));
    Path target = root.resolve("bench").resolve("target");
    BenchServer server =
        new BenchServer(
            database,
            target.resolve(
                System.getProperty("bench.work", "work-" + scenario + "-" + database.id())));
    Report report = new Report();
    if (scenario.equals("login")) {
      new LoginScenario(database, LoginScenario.Settings.fromSystemProperties(), report)
          .run(server);
    } else {
      new ListScenario(database, ListScenario.Settings.fromSystemProperties(), report).run(server);
    }
    report.publish(target.resolve("results-" + scenario + "-" + database.id() + ".txt"));
  }
}
