package com.twofactor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server's memory after boot is made of, from the JVM's native memory tracking: with
 * {@code -Dbench.memoryParts=true} the server starts with {@code -XX:NativeMemoryTracking=summary}
 * (which itself costs a few MiB), and {@code jcmd VM.native_memory summary} tells the committed
 * size of each part (Java heap, metaspace, code, ...). What the JVM does not track (the C library's
 * allocations, native libraries) is the rest of the RSS.
 */
final class MemoryParts {

  private static final Pattern PART =
      Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB", Pattern.MULTILINE);

  private MemoryParts() {}

  static boolean asked() {
    return Boolean.getBoolean("bench.memoryParts");
  }

  /** The server option that turns the tracking on. */
  static List<String> serverOptions() {
    return asked() ? List.of("-XX:NativeMemoryTracking=summary") : List.of();
  }

  /** Committed KiB per part, largest first; empty when the tracking is off or jcmd failed. */
  static Map<String, Long> of(long pid) {
    if (!asked()) {
      return Map.of();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    command.add(Long.toString(pid));
    command.add("VM.native_memory");
    command.add("summary");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroy();
        return Map.of();
      }
      Map<String, Long> parts = new LinkedHashMap<>();
      Matcher part = PART.matcher(output);
      while (part.find()) {
        parts.put(part.group(1).strip(), Long.parseLong(part.group(2)));
      }
      Map<String, Long> sorted = new LinkedHashMap<>();
      parts.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
      return sorted;
    } catch (IOException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }
}
