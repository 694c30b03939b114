package com.twofactor.totp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.config.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class EncryptedBytesConverterTest {

  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  private final EncryptedBytesConverter converter = new EncryptedBytesConverter(newCipher());

  @Test
  void seedRoundTripsThroughItsEncryptedColumn() {
    String column = converter.convertToDatabaseColumn(SEED);

    assertThat(column).startsWith("v1:").doesNotContain("1234567890");
    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(SEED);
  }

  @Test
  void nullStaysNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }

  @Test
  void columnWrittenUnderAnotherKeyIsRefused() {
    String column = new EncryptedBytesConverter(newCipher()).convertToDatabaseColumn(SEED);

    assertThatThrownBy(() -> converter.convertToEntityAttribute(column))
        .isInstanceOf(IllegalStateException.class);
  }

  private static SecretCipher newCipher() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return SecretCipher.of(new SecretKeySpec(key, "AES"));
  }
}
