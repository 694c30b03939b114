package com.twofactor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flight recording of the server while one login kind runs (started and stopped with {@code
 * jcmd}, so neither the boot nor the seeding is in it), and where the CPU samples of the measured
 * window fall: each sample counted once, under the first layer its stack meets from the running
 * method outwards. With {@code -Dbench.profile=<folder>}; the recordings stay there for {@code jfr
 * print} or JDK Mission Control.
 */
final class WindowProfile {

  /** The layers, in the order a sample's frames are matched (the innermost match wins). */
  private static final Map<String, List<String>> LAYERS = layers();

  private final long pid;
  private final Path file;

  private WindowProfile(long pid, Path file) {
    this.pid = pid;
    this.file = file;
  }

  /** Starts a recording of the server when a folder for it is configured. */
  static WindowProfile startIfAsked(long pid, String name) {
    String folder = System.getProperty("bench.profile");
    if (folder == null || folder.isBlank()) {
      return null;
    }
    Path file = Path.of(folder).toAbsolutePath().resolve(name + ".jfr");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jcmd(pid, "JFR.start", "name=bench-window", "settings=profile", "filename=" + file);
    return new WindowProfile(pid, file);
  }

  /**
   * Stops the recording and answers the share of the samples taken between {@code from} and {@code
   * to} per layer, largest first.
   */
  Map<String, Double> stop(Instant from, Instant to) throws IOException {
    jcmd(pid, "JFR.stop", "name=bench-window");
    Map<String, Integer> counts = new LinkedHashMap<>();
    LAYERS.keySet().forEach(layer -> counts.put(layer, 0));
    counts.put("the rest (JDK, collections, logging)", 0);
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null
          || event.getStartTime().isBefore(from)
          || event.getStartTime().isAfter(to)) {
        continue;
      }
      samples++;
      counts.merge(layerOf(event.getStackTrace().getFrames()), 1, Integer::sum);
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    int total = Math.max(1, samples);
    counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .forEach(entry -> shares.put(entry.getKey(), 100.0 * entry.getValue() / total));
    shares.put("samples", (double) samples);
    return shares;
  }

  Path file() {
    return file;
  }

  private static String layerOf(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
        for (String prefix : layer.getValue()) {
          if (type.startsWith(prefix)) {
            return layer.getKey();
          }
        }
      }
    }
    return "the rest (JDK, collections, logging)";
  }

  private static Map<String, List<String>> layers() {
    Map<String, List<String>> layers = new LinkedHashMap<>();
    layers.put(
        "password hash",
        List.of(
            "de.mkammerer.argon2", "org.bouncycastle.crypto", "com.sun.crypto.provider.PBKDF2"));
    layers.put(
        "token signing (RSA/EC, Nimbus)",
        List.of("com.nimbusds", "sun.security.rsa", "sun.security.ec", "java.math.BigInteger"));
    layers.put("database (H2 or the PostgreSQL driver)", List.of("org.h2", "org.postgresql"));
    layers.put("JPA (EclipseLink)", List.of("org.eclipse.persistence"));
    layers.put("JSON", List.of("org.eclipse.parsson", "org.eclipse.yasson", "jakarta.json"));
    layers.put("bean validation", List.of("org.hibernate.validator"));
    layers.put("the application (com.twofactor)", List.of("com.twofactor"));
    layers.put(
        "EJB, CDI, JTA, security (container)",
        List.of(
            "com.sun.ejb",
            "com.sun.enterprise",
            "org.jboss.weld",
            "org.glassfish.weld",
            "com.sun.jts",
            "org.glassfish.soteria",
            "fish.payara",
            "org.glassfish.security",
            "com.sun.jdo",
            "org.glassfish.resourcebase",
            "com.sun.gjc",
            "org.glassfish.hk2",
            "org.jvnet.hk2",
            "org.glassfish.api",
            "org.glassfish.internal",
            "com.sun.appserv"));
    layers.put("JAX-RS (Jersey)", List.of("org.glassfish.jersey"));
    layers.put(
        "HTTP (Grizzly, servlet container)",
        List.of(
            "org.glassfish.grizzly",
            "org.apache.catalina",
            "org.apache.coyote",
            "com.sun.enterprise.web"));
    layers.put("network (NIO)", List.of("sun.nio", "java.nio"));
    return layers;
  }

  /** Runs {@code jcmd} of the JDK this benchmark runs on, against the server process. */
  private static void jcmd(long pid, String... command) {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(Long.toString(pid));
    line.addAll(List.of(command));
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            String.format(Locale.ROOT, "jcmd %s failed: %s", String.join(" ", command), output));
      }
    } catch (IOException e) {
      throw new IllegalStateException("jcmd could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for jcmd", e);
    }
  }
}
