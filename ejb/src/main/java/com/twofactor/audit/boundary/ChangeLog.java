package com.twofactor.audit.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The fields one change touched, for its audit entry: {@code field: before -> after; …} in the
 * order they were met. A field asked for with its current value is no change and is not written.
 */
public final class ChangeLog {

  private final List<String> entries = new ArrayList<>();

  /** Writes the field down if it differs; {@code null} reads "none". */
  public ChangeLog compare(String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      entries.add(Audited.change(field, orNone(before), orNone(after)));
    }
    return this;
  }

  /**
   * A field of a partial change: when it is asked for ({@code requested} not null) and differs from
   * {@code current}, writes it down and applies it.
   */
  public <T> ChangeLog apply(String field, T current, T requested, Consumer<T> change) {
    if (requested != null && !Objects.equals(current, requested)) {
      compare(field, current, requested);
      change.accept(requested);
    }
    return this;
  }

  /** A change whose values are not to be written, such as a new password. */
  public ChangeLog note(String what) {
    entries.add(what);
    return this;
  }

  public List<String> entries() {
    return List.copyOf(entries);
  }

  /** The audit detail, if anything changed. */
  public Optional<String> detail() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", entries));
  }

  /** The audit entry of this change, by {@code actor} to {@code subject}, if anything changed. */
  public Optional<Audited> audited(String actor, String subject, String action) {
    return detail().map(detail -> Audited.success(actor, subject, action, detail));
  }

  private static Object orNone(Object value) {
    return value == null ? "none" : value;
  }
}
