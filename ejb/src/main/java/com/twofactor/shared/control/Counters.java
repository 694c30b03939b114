package com.twofactor.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this node has counted since it started: logins and challenges by outcome, lockouts,
 * throttles, push deliveries. Each node counts its own, as a metrics scraper expects; the sum over
 * the nodes is the cluster's. Neither MicroProfile Metrics (Payara 6, gone from WildFly) nor
 * OpenTelemetry metrics (WildFly, not in Payara 6's Telemetry 1.1) is served by both servers, so
 * the application keeps its counters itself and serves them as JSON.
 */
@ApplicationScoped
public class Counters {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Instant since = Instant.now();

  /** Adds one to the counter of that name, which is made at its first use. */
  public void count(String name) {
    counts.computeIfAbsent(name, unused -> new LongAdder()).increment();
  }

  public long valueOf(String name) {
    LongAdder count = counts.get(name);
    return count == null ? 0 : count.sum();
  }

  /** Every counter, by name. */
  public SortedMap<String, Long> snapshot() {
    SortedMap<String, Long> values = new TreeMap<>();
    counts.forEach((name, count) -> values.put(name, count.sum()));
    return values;
  }

  public Instant since() {
    return since;
  }
}
