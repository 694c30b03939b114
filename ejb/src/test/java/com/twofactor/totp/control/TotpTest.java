package com.twofactor.totp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.totp.entity.TotpAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

  private static final byte[] SEED_SHA1 = ascii("12345678901234567890");
  private static final byte[] SEED_SHA256 = ascii("12345678901234567890123456789012");
  private static final byte[] SEED_SHA512 =
      ascii("1234567890123456789012345678901234567890123456789012345678901234");

  private final Totp totp = Totp.standard();

  /** RFC 6238 Appendix B. */
  @ParameterizedTest(name = "{1} at {0}: {2}")
  @CsvSource({
    "59,          SHA1,   94287082",
    "59,          SHA256, 46119246",
    "59,          SHA512, 90693936",
    "1111111109,  SHA1,   07081804",
    "1111111109,  SHA256, 68084774",
    "1111111109,  SHA512, 25091201",
    "1111111111,  SHA1,   14050471",
    "1111111111,  SHA256, 67062674",
    "1111111111,  SHA512, 99943326",
    "1234567890,  SHA1,   89005924",
    "1234567890,  SHA256, 91819424",
    "1234567890,  SHA512, 93441116",
    "2000000000,  SHA1,   69279037",
    "2000000000,  SHA256, 90698825",
    "2000000000,  SHA512, 38618901",
    "20000000000, SHA1,   65353130",
    "20000000000, SHA256, 77737706",
    "20000000000, SHA512, 47863826"
  })
  void rfc6238TestVectors(long epochSecond, TotpAlgorithm algorithm, String expected) {
    var eightDigits = new Totp(algorithm, 8, Duration.ofSeconds(30));
    byte[] seed =
        switch (algorithm) {
          case SHA1 -> SEED_SHA1;
          case SHA256 -> SEED_SHA256;
          case SHA512 -> SEED_SHA512;
        };

    long step = eightDigits.stepAt(Instant.ofEpochSecond(epochSecond));

    assertThat(eightDigits.code(seed, step)).isEqualTo(expected);
    assertThat(eightDigits.matchingStep(seed, expected, Instant.ofEpochSecond(epochSecond), 0))
        .hasValue(step);
  }

  /** RFC 4226 Appendix D. */
  @ParameterizedTest(name = "counter {0}: {1}")
  @CsvSource({
    "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
    "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"
  })
  void rfc4226TestVectors(long counter, String expected) {
    assertThat(Totp.hotp(TotpAlgorithm.SHA1, SEED_SHA1, counter, 6)).isEqualTo(expected);
  }

  @Test
  void stepCountsWholePeriodsSinceTheEpoch() {
    assertThat(totp.stepAt(Instant.ofEpochSecond(59))).isEqualTo(1);
    assertThat(totp.stepAt(Instant.ofEpochSecond(60))).isEqualTo(2);
    assertThat(totp.stepAt(Instant.ofEpochSecond(1111111109))).isEqualTo(0x23523EC);
    assertThat(new Totp(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(60)).stepAt(Instant.EPOCH))
        .isZero();
  }

  @Test
  void codesAreZeroPadded() {
    // RFC 6238: 07081804 at 1111111109; its last six digits start with a zero too.
    assertThat(totp.code(SEED_SHA1, 0x23523EC)).isEqualTo("081804");
  }

  @Test
  void codeOfTheCurrentStepMatchesThatStep() {
    Instant now = Instant.parse("2026-11-22T10:00:10Z");
    long current = totp.stepAt(now);

    assertThat(totp.matchingStep(SEED_SHA1, totp.code(SEED_SHA1, current), now, 1))
        .hasValue(current);
  }

  @Test
  void codesOfTheNeighbouringStepsMatchWithAWindowOfOne() {
    Instant now = Instant.parse("2026-11-22T10:00:10Z");
    long current = totp.stepAt(now);

    assertThat(totp.matchingStep(SEED_SHA1, totp.code(SEED_SHA1, current - 1), now, 1))
        .hasValue(current - 1);
    assertThat(totp.matchingStep(SEED_SHA1, totp.code(SEED_SHA1, current + 1), now, 1))
        .hasValue(current + 1);
  }

  @Test
  void codesTwoStepsAwayAreRefusedWithAWindowOfOne() {
    Instant now = Instant.parse("2026-11-22T10:00:10Z");
    long current = totp.stepAt(now);

    assertThat(totp.matchingStep(SEED_SHA1, totp.code(SEED_SHA1, current - 2), now, 1)).isEmpty();
    assertThat(totp.matchingStep(SEED_SHA1, totp.code(SEED_SHA1, current + 2), now, 1)).isEmpty();
  }

  @Test
  void previousCodeIsRefusedWithoutAWindow() {
    Instant now = Instant.parse("2026-11-22T10:00:10Z");
    long current = totp.stepAt(now);

    assertThat(totp.matchingStep(SEED_SHA1, totp.code(SEED_SHA1, current - 1), now, 0)).isEmpty();
  }

  @Test
  void codeOfAnotherSecretIsRefused() {
    Instant now = Instant.parse("2026-11-22T10:00:10Z");
    String code = totp.code(SEED_SHA256, totp.stepAt(now));

    assertThat(totp.matchingStep(SEED_SHA1, code, now, 1)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "1234567", "12345a", "12 345", "-12345", "+12345", "١٢٣٤٥٦"})
  void inputThatIsNotSixAsciiDigitsIsRefused(String code) {
    assertThat(totp.matchingStep(SEED_SHA1, code, Instant.now(), 1)).isEmpty();
  }

  @Test
  void nullCodeIsRefused() {
    assertThat(totp.matchingStep(SEED_SHA1, null, Instant.now(), 1)).isEmpty();
  }

  @Test
  void eightDigitCodeDoesNotPassForSixDigits() {
    Instant now = Instant.ofEpochSecond(59);
    var eightDigits = new Totp(TotpAlgorithm.SHA1, 8, Duration.ofSeconds(30));

    assertThat(totp.matchingStep(SEED_SHA1, "94287082", now, 1)).isEmpty();
    assertThat(eightDigits.matchingStep(SEED_SHA1, "287082", now, 1)).isEmpty();
  }

  @Test
  void parametersAreValidated() {
    Duration thirty = Duration.ofSeconds(30);
    assertThatThrownBy(() -> new Totp(TotpAlgorithm.SHA1, 5, thirty))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Totp(TotpAlgorithm.SHA1, 9, thirty))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Totp(TotpAlgorithm.SHA1, 6, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Totp(TotpAlgorithm.SHA1, 6, Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> totp.matchingStep(SEED_SHA1, "123456", Instant.now(), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> totp.code(new byte[0], 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsItsParameters() {
    var sha256 = new Totp(TotpAlgorithm.SHA256, 8, Duration.ofSeconds(60));

    assertThat(sha256.algorithm()).isEqualTo(TotpAlgorithm.SHA256);
    assertThat(sha256.digits()).isEqualTo(8);
    assertThat(sha256.period()).isEqualTo(Duration.ofSeconds(60));
    assertThat(totp.algorithm()).isEqualTo(TotpAlgorithm.SHA1);
    assertThat(totp.digits()).isEqualTo(6);
    assertThat(totp.period()).isEqualTo(Duration.ofSeconds(30));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
