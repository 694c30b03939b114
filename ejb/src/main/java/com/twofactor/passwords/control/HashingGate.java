package com.twofactor.passwords.control;

import com.twofactor.shared.boundary.ServiceBusyException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bound on password hashes computed at once (by default one per core: more only share the cores
 * and thrash their caches), with a short queue in front. A request finding the queue full, or
 * waiting longer than allowed, is refused at once with {@link ServiceBusyException}: a flood of
 * logins costs neither more CPU nor more pooled connections than the bound and the queue allow.
 *
 * <p>A caller that must know it will be let through before it commits to anything (the login takes
 * a try from the account's failure budget) is {@linkplain #admit() admitted} first; its thread's
 * next hash then uses that place.
 */
public final class HashingGate {

  private final int permits;
  private final Semaphore running;
  private final int queueLength;
  private final Duration longestWait;
  private final AtomicInteger waiting = new AtomicInteger();
  private final ThreadLocal<Ticket> admitted = new ThreadLocal<>();

  /**
   * @param permits hashes at once
   * @param queueLength callers that may wait for a place; more are refused at once
   * @param longestWait how long one waits before it is refused
   */
  public HashingGate(int permits, int queueLength, Duration longestWait) {
    if (permits < 1 || queueLength < 0) {
      throw new IllegalArgumentException("At least one hash at once, and a queue of 0 or more");
    }
    this.permits = permits;
    this.running = new Semaphore(permits, true);
    this.queueLength = queueLength;
    this.longestWait = longestWait;
  }

  /** Hashes at once. */
  public int permits() {
    return permits;
  }

  public int queueLength() {
    return queueLength;
  }

  /** A place for the calling thread's next hash, held until that hash ends or the ticket closes. */
  public Ticket admit() {
    Ticket current = admitted.get();
    if (current != null) {
      return current;
    }
    enter();
    Ticket ticket = new Ticket();
    admitted.set(ticket);
    return ticket;
  }

  /** Computes {@code hash} within the bound, in the place the thread was admitted to if any. */
  public <T> T hashing(Supplier<T> hash) {
    Ticket ticket = admitted.get();
    if (ticket == null) {
      enter();
    } else {
      admitted.remove();
      ticket.used = true;
    }
    try {
      return hash.get();
    } finally {
      running.release();
    }
  }

  private void enter() {
    if (running.tryAcquire()) {
      return;
    }
    if (waiting.incrementAndGet() > queueLength) {
      waiting.decrementAndGet();
      throw busy();
    }
    try {
      if (!running.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    } finally {
      waiting.decrementAndGet();
    }
  }

  private static ServiceBusyException busy() {
    return new ServiceBusyException(
        "The server is checking as many passwords as it can; try again in a second",
        Duration.ofSeconds(1));
  }

  /** A place taken in advance; closing it gives the place back unless a hash has used it. */
  public final class Ticket implements AutoCloseable {

    private boolean used;

    private Ticket() {}

    @Override
    public void close() {
      if (admitted.get() == this) {
        admitted.remove();
      }
      if (!used) {
        used = true;
        running.release();
      }
    }
  }
}
