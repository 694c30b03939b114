package com.twofactor.bench;

import com.twofactor.it.Api;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Concurrent clients logging paired users in, each login with a fresh code: a user waits for the
 * next time step once it has logged in in the current one. The clients run through a warm-up, then
 * the measured window; what ends inside the window counts, and the server's CPU time over the
 * window is divided by the logins that succeeded in it.
 */
final class LoginLoad {

  /** How a client logs in. */
  enum Kind {
    /** The password, then the code for the challenge: two requests. */
    TWO_REQUESTS("two requests"),
    /** The password and the code in one request. */
    ONE_REQUEST("one request"),
    /**
     * Not a login: the status of one open challenge, asked again and again. The least a request of
     * the login API costs on this server (HTTP, filters, JAX-RS, one EJB call, one read by key,
     * JSON), against which a login's two requests or one compare.
     */
    FLOOR("status floor");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** What a measured window saw. */
  record Result(
      Kind kind,
      int clients,
      double seconds,
      Samples latencies,
      long failures,
      Map<String, Long> failuresByCause,
      long serverCpuNanos,
      long databaseCpuNanos,
      long peakRssKib,
      String load,
      Map<String, Double> profile) {

    double loginsPerSecond() {
      return latencies.count() / seconds;
    }

    double serverCpuMillisPerLogin() {
      return latencies.count() == 0 ? 0 : serverCpuNanos / 1e6 / latencies.count();
    }

    double databaseCpuMillisPerLogin() {
      return latencies.count() == 0 ? 0 : databaseCpuNanos / 1e6 / latencies.count();
    }
  }

  private final Api api;
  private final BlockingQueue<PairedUser> idle;
  private final long serverPid;
  private final LongSupplier databaseCpu;
  private String floorChallenge;

  /**
   * @param databaseCpu the CPU time of the database where the server's does not hold it
   */
  LoginLoad(Api api, List<PairedUser> users, long serverPid, LongSupplier databaseCpu) {
    this.api = api;
    this.idle = new ArrayBlockingQueue<>(users.size(), false, users);
    this.serverPid = serverPid;
    this.databaseCpu = databaseCpu;
  }

  Result run(Kind kind, int clients, Duration warmUp, Duration window) throws InterruptedException {
    if (kind == Kind.FLOOR) {
      openChallenge();
    }
    // Started before the warm-up: starting a recording takes seconds of the server's CPU.
    WindowProfile profile =
        WindowProfile.startIfAsked(serverPid, kind.name().toLowerCase(Locale.ROOT));
    long start = System.nanoTime();
    long windowFrom = start + warmUp.toNanos();
    long windowTo = windowFrom + window.toNanos();
    List<List<Long>> latencies = new ArrayList<>();
    Map<String, LongAdder> causes = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      List<Long> mine = new ArrayList<>();
      latencies.add(mine);
      Thread client =
          new Thread(() -> drive(kind, windowFrom, windowTo, mine, causes), "bench-client-" + i);
      client.setDaemon(true);
      threads.add(client);
      client.start();
    }
    Report.progress(
        "%s login, %d clients: warming up for %d s", kind.label, clients, warmUp.toSeconds());
    sleepUntil(windowFrom);
    Instant measuredFrom = Instant.now();
    long cpuFrom = Processes.cpuNanos(serverPid);
    long dbFrom = databaseCpu.getAsLong();
    Report.progress("measuring for %d s", window.toSeconds());
    long peakRss = 0;
    while (System.nanoTime() < windowTo) {
      peakRss = Math.max(peakRss, Processes.rssKib(serverPid));
      sleepUntil(Math.min(windowTo, System.nanoTime() + 500_000_000L));
    }
    long cpu = Processes.cpuNanos(serverPid) - cpuFrom;
    long db = databaseCpu.getAsLong() - dbFrom;
    String load = Report.loadAverage();
    Instant measuredTo = Instant.now();
    Map<String, Double> shares = Map.of();
    if (profile != null) {
      try {
        shares = profile.stop(measuredFrom, measuredTo);
      } catch (IOException e) {
        Report.progress("The recording %s could not be read: %s", profile.file(), e);
      }
    }
    for (Thread client : threads) {
      client.join(TimeUnit.MINUTES.toMillis(2));
    }
    Samples samples = new Samples();
    for (List<Long> mine : latencies) {
      synchronized (mine) {
        mine.forEach(samples::add);
      }
    }
    Map<String, Long> byCause = new TreeMap<>();
    causes.forEach((cause, count) -> byCause.put(cause, count.sum()));
    long failures = byCause.values().stream().mapToLong(Long::longValue).sum();
    return new Result(
        kind,
        clients,
        window.toNanos() / 1e9,
        samples,
        failures,
        byCause,
        cpu,
        db,
        peakRss,
        load,
        shares);
  }

  private void drive(
      Kind kind,
      long windowFrom,
      long windowTo,
      List<Long> latencies,
      Map<String, LongAdder> causes) {
    while (System.nanoTime() < windowTo) {
      PairedUser user;
      try {
        user = idle.poll(5, TimeUnit.SECONDS);
        if (user == null) {
          continue;
        }
        if (kind != Kind.FLOOR && !user.mayLogInNow()) {
          // The least recently used user has had its code of this step: so have all others.
          long wait = user.millisToNextStep();
          idle.put(user);
          Thread.sleep(Math.min(wait, 200));
          continue;
        }
      } catch (InterruptedException e) {
        return;
      }
      long begin = System.nanoTime();
      String cause;
      try {
        cause = logIn(kind, user);
      } catch (RuntimeException e) {
        cause = e.getClass().getSimpleName();
      } finally {
        idle.add(user);
      }
      long end = System.nanoTime();
      if (end >= windowFrom && end < windowTo) {
        if (cause == null) {
          synchronized (latencies) {
            latencies.add(end - begin);
          }
        } else {
          causes.computeIfAbsent(cause, c -> new LongAdder()).increment();
        }
      }
    }
  }

  /** The challenge the floor asks for: a password step of one user, never answered. */
  private void openChallenge() {
    PairedUser user = idle.peek();
    Api.Answer first = api.post(LOGIN, credentials(user) + "}", null);
    if (first.status() != 200 || !"CHALLENGE".equals(first.json().getString("status"))) {
      throw new IllegalStateException("No challenge for the floor: HTTP " + first.status());
    }
    floorChallenge = "/api/v1/auth/challenges/" + first.json().getString("challengeId");
  }

  private static String credentials(PairedUser user) {
    return "{\"loginName\":\""
        + user.loginName()
        + "\",\"password\":\""
        + LoginSeed.PASSWORD
        + "\",\"client\":{\"type\":\"API\"}";
  }

  /** Logs the user in; {@code null} when it worked, else what went wrong. */
  private String logIn(Kind kind, PairedUser user) {
    if (kind == Kind.FLOOR) {
      Api.Answer answer = api.get(floorChallenge, null);
      return answer.status() == 200 ? null : "HTTP " + answer.status();
    }
    String code = user.useCode();
    String credentials = credentials(user);
    if (kind == Kind.ONE_REQUEST) {
      Api.Answer answer = api.post(LOGIN, credentials + ",\"code\":\"" + code + "\"}", null);
      return authenticated(answer);
    }
    Api.Answer first = api.post(LOGIN, credentials + "}", null);
    if (first.status() != 200) {
      return "login " + first.status();
    }
    JsonObject challenge = first.json();
    if (!"CHALLENGE".equals(challenge.getString("status"))) {
      return "login " + challenge.getString("status");
    }
    Api.Answer second =
        api.post(
            "/api/v1/auth/challenges/" + challenge.getString("challengeId") + "/totp",
            "{\"code\":\"" + code + "\"}",
            null);
    return authenticated(second);
  }

  private static String authenticated(Api.Answer answer) {
    if (answer.status() != 200) {
      return "HTTP " + answer.status();
    }
    String status = answer.json().getString("status");
    return "AUTHENTICATED".equals(status) ? null : status;
  }

  private static final String LOGIN = "/api/v1/auth/login";

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }
}
