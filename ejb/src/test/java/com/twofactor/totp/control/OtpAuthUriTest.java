package com.twofactor.totp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.totp.entity.TotpAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OtpAuthUriTest {

  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final Duration THIRTY = Duration.ofSeconds(30);

  @Test
  void uriFollowsTheKeyUriFormat() {
    assertThat(OtpAuthUri.of("TwoFactor", "alice@example.com", SEED, TotpAlgorithm.SHA1, 6, THIRTY))
        .isEqualTo(
            "otpauth://totp/TwoFactor:alice@example.com"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=TwoFactor&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void spaceInTheIssuerIsPercentEncoded() {
    assertThat(OtpAuthUri.of("Backup Server", "alice", SEED, TotpAlgorithm.SHA256, 8, THIRTY))
        .isEqualTo(
            "otpauth://totp/Backup%20Server:alice"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Backup%20Server&algorithm=SHA256&digits=8&period=30")
        .doesNotContain("+");
  }

  @Test
  void reservedAndNonAsciiCharactersArePercentEncodedAsUtf8() {
    String uri =
        OtpAuthUri.of(
            "Zürich & Co",
            "bob+backup/1?x=y#z",
            SEED,
            TotpAlgorithm.SHA512,
            6,
            Duration.ofSeconds(60));

    assertThat(uri)
        .startsWith("otpauth://totp/Z%C3%BCrich%20%26%20Co:bob%2Bbackup%2F1%3Fx%3Dy%23z?")
        .contains("&issuer=Z%C3%BCrich%20%26%20Co&")
        .endsWith("&algorithm=SHA512&digits=6&period=60");
  }

  @Test
  void parametersOfATotpAreUsed() {
    var totp = new Totp(TotpAlgorithm.SHA256, 8, Duration.ofSeconds(60));

    assertThat(OtpAuthUri.of("TwoFactor", "alice", SEED, totp))
        .endsWith("&algorithm=SHA256&digits=8&period=60");
  }

  @Test
  void colonOrBlankInTheLabelIsRefused() {
    assertThatThrownBy(
            () -> OtpAuthUri.of("Two:Factor", "alice", SEED, TotpAlgorithm.SHA1, 6, THIRTY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> OtpAuthUri.of("TwoFactor", "a:lice", SEED, TotpAlgorithm.SHA1, 6, THIRTY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OtpAuthUri.of(" ", "alice", SEED, TotpAlgorithm.SHA1, 6, THIRTY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
