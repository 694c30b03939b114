package com.twofactor.shared.api;

import com.twofactor.shared.entity.PageRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Query parameters and bodies checked by hand, so a bad value is a 400 that says what is wrong. */
public final class QueryParameters {

  public static final String DEFAULT_SIZE = "50";

  private QueryParameters() {}

  /**
   * The page and size query parameters: whole numbers in range (blank means the default), or 400
   * saying which is wrong.
   */
  public static PageRequest page(String page, String size) {
    try {
      return new PageRequest(
          wholeNumber("page", page, "0", "0 or more"),
          wholeNumber("size", size, DEFAULT_SIZE, "from 1 to " + PageRequest.MAX_SIZE));
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
  }

  private static int wholeNumber(String name, String value, String blank, String range) {
    try {
      return Integer.parseInt(value == null || value.isBlank() ? blank : value.strip());
    } catch (NumberFormatException e) {
      throw badRequest(name + " must be a whole number " + range);
    }
  }

  public static <E extends Enum<E>> Optional<E> optionalEnum(
      String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw badRequest(
          name + " must be one of " + Arrays.toString(type.getEnumConstants()).toLowerCase());
    }
  }

  /** An ISO-8601 instant such as {@code 2026-01-31T12:00:00Z}, if given. */
  public static Optional<Instant> optionalInstant(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw badRequest(name + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }

  /** The request body, which must be there. */
  public static <T> T requiredBody(T body) {
    if (body == null) {
      throw badRequest("A JSON body is required");
    }
    return body;
  }

  public static WebApplicationException badRequest(String detail) {
    return new WebApplicationException(Problem.response(Status.BAD_REQUEST, detail));
  }
}
