package com.twofactor.mobileapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B vectors, SHA1, 8 digits. */
class TotpTest {

  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void rfc6238VectorsMatch() {
    Totp totp = new Totp(SEED, "SHA1", 8, Duration.ofSeconds(30));
    assertThat(totp.codeAt(Instant.ofEpochSecond(59))).isEqualTo("94287082");
    assertThat(totp.codeAt(Instant.ofEpochSecond(1111111109))).isEqualTo("07081804");
    assertThat(totp.codeAt(Instant.ofEpochSecond(20000000000L))).isEqualTo("65353130");
  }

  @Test
  void base32DecodesWhatTheServerSends() {
    assertThat(Totp.base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(SEED);
    assertThat(Totp.base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SEED);
  }
}
