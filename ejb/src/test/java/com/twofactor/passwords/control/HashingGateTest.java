package com.twofactor.passwords.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.shared.boundary.ServiceBusyException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HashingGateTest {

  @Test
  void noMoreHashesRunAtOnceThanThePermits() throws Exception {
    HashingGate gate = new HashingGate(2, 50, Duration.ofSeconds(30));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var done = new java.util.ArrayList<Future<Integer>>();
      for (int i = 0; i < 40; i++) {
        done.add(
            pool.submit(
                () ->
                    gate.hashing(
                        () -> {
                          most.accumulateAndGet(running.incrementAndGet(), Math::max);
                          sleep(5);
                          return running.decrementAndGet();
                        })));
      }
      for (Future<Integer> one : done) {
        one.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void aFullQueueIsRefusedAtOnceWithRetryAfter() throws Exception {
    HashingGate gate = new HashingGate(1, 0, Duration.ofSeconds(30));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> holder =
          pool.submit(
              () ->
                  gate.hashing(
                      () -> {
                        started.countDown();
                        await(finish);
                        return true;
                      }));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> gate.hashing(() -> true))
          .isInstanceOfSatisfying(
              ServiceBusyException.class,
              busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(1)));

      finish.countDown();
      assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(gate.hashing(() -> true)).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWaiterIsRefusedWhenItsWaitEnds() throws Exception {
    HashingGate gate = new HashingGate(1, 5, Duration.ofMillis(50));
    try (HashingGate.Ticket held = gate.admit()) {
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<?> other = pool.submit(() -> gate.hashing(() -> true));
        assertThatThrownBy(() -> other.get(10, TimeUnit.SECONDS))
            .hasCauseInstanceOf(ServiceBusyException.class);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void anAdmittedThreadsNextHashUsesItsPlaceAndAnUnusedPlaceIsGivenBack() {
    HashingGate gate = new HashingGate(1, 0, Duration.ZERO);

    try (HashingGate.Ticket place = gate.admit()) {
      assertThat(gate.hashing(() -> "hashed in the admitted place")).isNotNull();
      // The place was used and released: another hash gets in.
      assertThat(gate.hashing(() -> true)).isTrue();
    }
    try (HashingGate.Ticket unused = gate.admit()) {
      assertThat(unused).isNotNull();
    }
    assertThat(gate.hashing(() -> true)).isTrue();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
