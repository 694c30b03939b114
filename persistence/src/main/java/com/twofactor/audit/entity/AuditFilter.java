package com.twofactor.audit.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the audit trail is narrowed to; empty parts do not narrow. Each part is compared for
 * equality (no pattern matching), so no character has a special meaning; a value that no line can
 * hold (longer than its column, control characters, a time outside the years 1 to 9999) is refused
 * with an {@link IllegalArgumentException} naming the part, never echoing the value.
 */
public record AuditFilter(
    Optional<String> actor,
    Optional<String> subject,
    Optional<String> action,
    Optional<Instant> from,
    Optional<Instant> to) {

  public static final AuditFilter NONE =
      new AuditFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** The earliest and latest times a filter may name: every database stores these. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  public AuditFilter {
    actor = text("actor", actor, 64);
    subject = text("subject", subject, 128);
    action = text("action", action, 64);
    time("from", from);
    time("to", to);
  }

  private static Optional<String> text(String name, Optional<String> value, int length) {
    Optional<String> stripped = value.map(String::strip).filter(s -> !s.isEmpty());
    if (stripped.isPresent()
        && (stripped.get().length() > length || CONTROL.matcher(stripped.get()).find())) {
      throw new IllegalArgumentException(
          name + " is at most " + length + " characters, without control characters");
    }
    return stripped;
  }

  private static void time(String name, Optional<Instant> value) {
    if (value.isPresent() && (value.get().isBefore(EARLIEST) || value.get().isAfter(LATEST))) {
      throw new IllegalArgumentException(name + " must lie between the years 1 and 9999");
    }
  }
}
