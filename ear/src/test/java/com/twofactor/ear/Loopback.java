package com.twofactor.ear;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ports on 127.0.0.1, the only address the system tests use. */
final class Loopback {

  static final String ADDRESS = "127.0.0.1";

  private static final Path TCP4 = Path.of("/proc/net/tcp");
  private static final Path TCP6 = Path.of("/proc/net/tcp6");

  private Loopback() {}

  /** True when nothing listens on the port (a connection in TIME_WAIT is no obstacle). */
  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(ADDRESS, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The first base from {@code first} on, in steps of {@code step}, where every {@code base +
   * offset} is free.
   */
  static int freeBase(int first, int step, Collection<Integer> offsets) {
    for (int base = first; base < first + 30 * step; base += step) {
      int candidate = base;
      if (offsets.stream().allMatch(offset -> isFree(candidate + offset))) {
        return base;
      }
    }
    throw new IllegalStateException("No free ports from " + first + " on");
  }

  /** Whether this machine can show its listeners (Linux /proc/net/tcp). */
  static boolean canListListeners() {
    return Files.isReadable(TCP4);
  }

  /**
   * The local address of every listening socket on one of {@code ports}, read from
   * /proc/net/tcp{,6}: key "port (table)", value the address in the kernel's hex form ({@code
   * 0100007F} is 127.0.0.1, {@code 0000000000000000FFFF00000100007F} its IPv6-mapped form).
   */
  static Map<String, String> listeners(Collection<Integer> ports) throws IOException {
    List<String> hexPorts = ports.stream().map(port -> String.format("%04X", port)).toList();
    Map<String, String> listeners = new LinkedHashMap<>();
    for (Path table : List.of(TCP4, TCP6)) {
      if (!Files.isReadable(table)) {
        continue;
      }
      List<String> lines = Files.readAllLines(table);
      for (String line : lines.subList(1, lines.size())) {
        String[] columns = line.trim().split("\\s+");
        String[] local = columns[1].split(":");
        if ("0A".equals(columns[3]) && hexPorts.contains(local[1])) {
          listeners.put(Integer.parseInt(local[1], 16) + " (" + table + ")", local[0]);
        }
      }
    }
    return listeners;
  }

  /** Kernel forms of 127.0.0.1 in /proc/net/tcp and /proc/net/tcp6. */
  static final List<String> LOOPBACK_HEX = List.of("0100007F", "0000000000000000FFFF00000100007F");
}
