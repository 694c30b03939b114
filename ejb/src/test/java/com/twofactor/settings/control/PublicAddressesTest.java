package com.twofactor.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "127.0.0.1",
        "127.255.0.9",
        "10.0.0.1",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.10",
        "169.254.169.254",
        "100.64.0.1",
        "224.0.0.251",
        "239.255.255.250",
        "255.255.255.255",
        "240.0.0.1",
        "192.0.2.1",
        "198.18.0.1",
        "::",
        "::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "fc00::1",
        "fd12:3456:789a::1",
        "fe80::1",
        "fec0::1",
        "ff02::1",
        "2001:db8::1",
        "64:ff9b::a00:1",
        "2002:c0a8:101::1",
      })
  void nonPublicAddressesAreRefused(String literal) throws UnknownHostException {
    assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "93.184.215.14",
        "172.15.255.255",
        "172.32.0.1",
        "100.128.0.1",
        "2a00:1450:4001:80b::200e",
        "64:ff9b::808:808",
        "2002:808:808::1",
      })
  void publicAddressesAreAllowed(String literal) throws UnknownHostException {
    assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).isTrue();
  }

  @Test
  void oneNonPublicAddressAmongPublicOnesIsFound() throws UnknownHostException {
    List<InetAddress> addresses =
        List.of(InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.9.8.7"));

    assertThat(PublicAddresses.firstNotPublic(addresses))
        .contains(InetAddress.getByName("10.9.8.7"));
  }
}
