package com.twofactor.bench;

import com.twofactor.passwords.control.PasswordHashAlgorithm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The password hash alone, as the server computes it at login (a verification of a stored hash), in
 * this process on the same machine and in the same run as the logins: what a login cannot go below.
 */
final class HashAlone {

  /** Verifications per second of {@code threads} threads verifying for {@code duration}. */
  record Result(int threads, double perSecond, double millisEach) {}

  private HashAlone() {}

  static Result measure(PasswordHashAlgorithm algorithm, int threads, Duration duration)
      throws InterruptedException {
    char[] password = "bench-User-Password-1".toCharArray();
    String stored = algorithm.hash(password);
    // Warm-up: the JIT compiles the hash's loops (Bouncy Castle's Argon2 is Java).
    long warmUpEnd = System.nanoTime() + Math.min(duration.toNanos(), 3_000_000_000L);
    while (System.nanoTime() < warmUpEnd) {
      algorithm.verify(password, stored);
    }
    long end = System.nanoTime() + duration.toNanos();
    LongAdder done = new LongAdder();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      Thread worker =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  if (!algorithm.verify(password, stored)) {
                    throw new IllegalStateException("The hash does not verify its password");
                  }
                  done.increment();
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long one = System.nanoTime();
    int single = 5;
    for (int i = 0; i < single; i++) {
      algorithm.verify(password, stored);
    }
    double millisEach = (System.nanoTime() - one) / 1e6 / single;
    return new Result(threads, done.sum() / seconds, millisEach);
  }
}
