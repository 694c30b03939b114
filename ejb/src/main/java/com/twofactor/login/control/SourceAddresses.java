package com.twofactor.login.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The key under which failures from a source address are counted: an IPv4 address as it is, an IPv6
 * address by its /64 network, since one subscriber usually holds a whole /64 and could otherwise
 * pick a fresh address for every try.
 */
public final class SourceAddresses {

  private SourceAddresses() {}

  public static Optional<String> throttleKey(String address) {
    if (address == null || address.isBlank() || address.length() > 64) {
      return Optional.empty();
    }
    String literal = address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (!literal.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
      return Optional.empty();
    }
    try {
      // Literal addresses only: getByName does not look a literal up in DNS.
      if (!literal.contains(":") && !literal.matches("[0-9.]+")) {
        return Optional.empty();
      }
      byte[] bytes = InetAddress.getByName(literal).getAddress();
      if (bytes.length == 4) {
        return Optional.of(InetAddress.getByAddress(bytes).getHostAddress());
      }
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        network.append(':');
      }
      return Optional.of(network + ":/64");
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
