package com.twofactor.totp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import javax.crypto.Mac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TotpAlgorithmTest {

  @ParameterizedTest
  @EnumSource(TotpAlgorithm.class)
  void macNameIsKnownToTheJca(TotpAlgorithm algorithm) throws Exception {
    assertThat(Mac.getInstance(algorithm.macName()).getAlgorithm()).isEqualTo(algorithm.macName());
  }

  @Test
  void namesAreThoseOfTheJcaAndOfTheKeyUriFormat() {
    assertThat(TotpAlgorithm.SHA1.macName()).isEqualTo("HmacSHA1");
    assertThat(TotpAlgorithm.SHA256.macName()).isEqualTo("HmacSHA256");
    assertThat(TotpAlgorithm.SHA512.macName()).isEqualTo("HmacSHA512");
    assertThat(TotpAlgorithm.SHA1.uriName()).isEqualTo("SHA1");
    assertThat(TotpAlgorithm.SHA256.uriName()).isEqualTo("SHA256");
    assertThat(TotpAlgorithm.SHA512.uriName()).isEqualTo("SHA512");
  }
}
