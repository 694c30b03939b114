package com.twofactor.totp.entity;

import com.twofactor.config.SecretCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores secret bytes, such as a TOTP seed, encrypted by the installation's {@link SecretCipher},
 * so a copy of the database alone reveals no seed. Applied only where an attribute names it with
 * {@code @Convert}. The cipher is looked up at first use rather than when the persistence unit
 * starts, so the key is read (or generated) only once a secret is stored or loaded.
 */
@Converter(autoApply = false)
public class EncryptedBytesConverter implements AttributeConverter<byte[], String> {

  private volatile SecretCipher cipher;

  public EncryptedBytesConverter() {}

  /** A converter over the given cipher instead of the configured one. */
  EncryptedBytesConverter(SecretCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public String convertToDatabaseColumn(byte[] secret) {
    return secret == null ? null : cipher().encrypt(secret);
  }

  @Override
  public byte[] convertToEntityAttribute(String stored) {
    return stored == null ? null : cipher().decrypt(stored);
  }

  private SecretCipher cipher() {
    SecretCipher current = cipher;
    if (current == null) {
      current = SecretCipher.fromConfig();
      cipher = current;
    }
    return current;
  }
}
