package com.twofactor.clients.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ClientVersion} as its dotted text. */
@Converter
public class ClientVersionConverter implements AttributeConverter<ClientVersion, String> {

  @Override
  public String convertToDatabaseColumn(ClientVersion version) {
    return version == null ? null : version.toString();
  }

  @Override
  public ClientVersion convertToEntityAttribute(String text) {
    return text == null ? null : ClientVersion.parse(text);
  }
}
