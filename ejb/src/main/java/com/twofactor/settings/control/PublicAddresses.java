package com.twofactor.settings.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses the host Test may connect to: only public unicast ones, so the Test cannot probe
 * this server's own network. Refused: unspecified, loopback, link-local, private (RFC 1918, IPv6
 * unique local {@code fc00::/7}, site-local), shared (RFC 6598), multicast, broadcast, reserved and
 * documentation ranges (RFC 6890 special-purpose registry), and IPv6 addresses embedding a refused
 * IPv4 address (NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}, IPv4-compatible {@code ::/96}).
 */
public final class PublicAddresses {

  private static final List<Block> NOT_PUBLIC =
      List.of(
          Block.of("0.0.0.0", 8),
          Block.of("10.0.0.0", 8),
          Block.of("100.64.0.0", 10),
          Block.of("127.0.0.0", 8),
          Block.of("169.254.0.0", 16),
          Block.of("172.16.0.0", 12),
          Block.of("192.0.0.0", 24),
          Block.of("192.0.2.0", 24),
          Block.of("192.88.99.0", 24),
          Block.of("192.168.0.0", 16),
          Block.of("198.18.0.0", 15),
          Block.of("198.51.100.0", 24),
          Block.of("203.0.113.0", 24),
          Block.of("224.0.0.0", 4),
          Block.of("240.0.0.0", 4),
          Block.of("::", 96),
          Block.of("100::", 64),
          Block.of("2001:db8::", 32),
          Block.of("fc00::", 7),
          Block.of("fe80::", 10),
          Block.of("fec0::", 10),
          Block.of("ff00::", 8));

  private PublicAddresses() {}

  public static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || NOT_PUBLIC.stream().anyMatch(block -> block.contains(address))) {
      return false;
    }
    return embeddedIpv4(address).map(PublicAddresses::isPublic).orElse(true);
  }

  /** The first address of the list that is not public, if any. */
  public static Optional<InetAddress> firstNotPublic(List<InetAddress> addresses) {
    return addresses.stream().filter(address -> !isPublic(address)).findFirst();
  }

  /** The IPv4 address a NAT64 or 6to4 address stands for. */
  private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] bytes = address.getAddress();
    if (Block.of("64:ff9b::", 96).contains(address)) {
      return Optional.of(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
    }
    if (Block.of("2002::", 16).contains(address)) {
      return Optional.of(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
    }
    return Optional.empty();
  }

  private static InetAddress ipv4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An address block in CIDR notation. */
  private record Block(byte[] prefix, int bits) {

    static Block of(String literal, int bits) {
      try {
        // A literal address: no name lookup happens.
        return new Block(InetAddress.getByName(literal).getAddress(), bits);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(literal, e);
      }
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != prefix.length
          || (address instanceof Inet4Address) != (prefix.length == 4)) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
