package com.twofactor.login.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceAddressesTest {

  @Test
  void anIpv4AddressIsItsOwnKey() {
    assertThat(SourceAddresses.throttleKey("203.0.113.7")).contains("203.0.113.7");
  }

  @Test
  void ipv6AddressesOfOneSlash64ShareAKey() {
    assertThat(SourceAddresses.throttleKey("2001:db8:1:2:aaaa::1"))
        .isEqualTo(SourceAddresses.throttleKey("2001:db8:1:2:ffff:ffff:ffff:ffff"))
        .contains("2001:db8:1:2::/64");
    assertThat(SourceAddresses.throttleKey("[2001:db8:1:3::1]")).contains("2001:db8:1:3::/64");
  }

  @Test
  void anythingButALiteralAddressHasNoKeyAndIsNeverLookedUp() {
    assertThat(SourceAddresses.throttleKey(null)).isEmpty();
    assertThat(SourceAddresses.throttleKey("")).isEmpty();
    assertThat(SourceAddresses.throttleKey("example.com")).isEmpty();
    assertThat(SourceAddresses.throttleKey("1.2.3.4; DROP TABLE")).isEmpty();
    assertThat(SourceAddresses.throttleKey("x".repeat(100))).isEmpty();
  }
}
