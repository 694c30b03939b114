package com.twofactor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** CPU time of other processes on this machine (the server, PostgreSQL backends). */
final class Processes {

  private Processes() {}

  /**
   * The user and system CPU time of a process so far, in nanoseconds; 0 when the platform does not
   * tell. Linux counts it in ticks of 10 ms: meaningful for sums over many requests.
   */
  static long cpuNanos(long pid) {
    return ProcessHandle.of(pid)
        .flatMap(process -> process.info().totalCpuDuration())
        .map(Duration::toNanos)
        .orElse(0L);
  }

  /** The resident set size of a process in KiB, from Linux's {@code /proc}; 0 elsewhere. */
  static long rssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process ended
    }
    return 0;
  }

  /**
   * The local ports of the TCP connections process {@code pid} holds to {@code remotePort}, read
   * from Linux's {@code /proc}; empty elsewhere.
   */
  static Set<Integer> localPortsTo(long pid, int remotePort) {
    Set<String> sockets = new HashSet<>();
    try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      descriptors.forEach(
          descriptor -> {
            try {
              String target = Files.readSymbolicLink(descriptor).toString();
              if (target.startsWith("socket:[")) {
                sockets.add(target.substring(8, target.length() - 1));
              }
            } catch (IOException e) {
              // closed meanwhile
            }
          });
    } catch (IOException e) {
      return Set.of();
    }
    Set<Integer> ports = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] column = line.strip().split("\\s+");
          if (column.length > 9 && sockets.contains(column[9]) && port(column[2]) == remotePort) {
            ports.add(port(column[1]));
          }
        }
      } catch (IOException | NumberFormatException e) {
        // no such table
      }
    }
    return ports;
  }

  /** The port of a {@code /proc/net/tcp} address, {@code 0100007F:1538}. */
  private static int port(String address) {
    return Integer.parseInt(address.substring(address.indexOf(':') + 1), 16);
  }
}
