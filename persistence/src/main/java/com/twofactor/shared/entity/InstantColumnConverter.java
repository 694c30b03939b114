package com.twofactor.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime}, the type both
 * the H2 and the PostgreSQL drivers bind (PostgreSQL's driver does not bind {@link Instant}).
 */
@Converter(autoApply = true)
public class InstantColumnConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
