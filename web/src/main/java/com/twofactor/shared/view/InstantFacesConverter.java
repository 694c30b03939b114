package com.twofactor.shared.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Shows instants as {@code 2025-07-21 14:05 UTC}. Faces 4.0's {@code f:convertDateTime} knows no
 * {@link Instant} (Faces 4.1 adds it).
 */
@FacesConverter(forClass = Instant.class)
public class InstantFacesConverter implements Converter<Instant> {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value);
  }

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return FORMAT.parse(value.strip(), Instant::from);
    } catch (DateTimeParseException e) {
      throw new ConverterException(e.getMessage(), e);
    }
  }
}
