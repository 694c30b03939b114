package com.twofactor.totp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpSecretsTest {

  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void newSecretHas160Bits() {
    assertThat(TotpSecrets.newSecret()).hasSize(20);
  }

  @Test
  void newSecretsDiffer() {
    assertThat(TotpSecrets.newSecret()).isNotEqualTo(TotpSecrets.newSecret());
  }

  @Test
  void base32IsUpperCaseWithoutPadding() {
    assertThat(TotpSecrets.base32(SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(TotpSecrets.base32(new byte[] {'f'})).isEqualTo("MY");
    assertThat(TotpSecrets.base32("foobar".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("MZXW6YTBOI");
  }

  @Test
  void base32RoundTrips() {
    byte[] secret = TotpSecrets.newSecret();

    assertThat(TotpSecrets.fromBase32(TotpSecrets.base32(secret))).isEqualTo(secret);
  }

  @Test
  void base32AsTypedIsAccepted() {
    assertThat(TotpSecrets.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SEED);
    assertThat(TotpSecrets.fromBase32("MZXW6YTBOI======"))
        .isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void base32WithOtherCharactersIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> TotpSecrets.fromBase32("GEZDGNBVGY3TQOJ1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("GEZDGNBVGY3TQOJ1");
    assertThatThrownBy(() -> TotpSecrets.fromBase32("GEZDGNBVG"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TotpSecrets.fromBase32(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupedInFours() {
    assertThat(TotpSecrets.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    assertThat(TotpSecrets.grouped("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
        .isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    assertThat(TotpSecrets.grouped("ABCD")).isEqualTo("ABCD");
    assertThat(TotpSecrets.grouped("")).isEmpty();
  }
}
