package com.twofactor.shared.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a page read by keyset starts: the {@code size} rows after a key (from the start without
 * one) or the {@code size} rows before a key (from the end without one). Every page of a list,
 * forwards or backwards, is then read off an index however deep it lies, where an offset would have
 * the database step over every row before it.
 */
public record Keyset(Direction direction, Optional<String> key, int size) {

  /** Forwards from the key (or the start), or backwards from it (or the end). */
  public enum Direction {
    AFTER,
    BEFORE
  }

  public Keyset {
    Objects.requireNonNull(direction, "direction");
    key = key.filter(k -> !k.isEmpty());
    if (size < 1 || size > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + PageRequest.MAX_SIZE);
    }
  }

  public static Keyset first(int size) {
    return new Keyset(Direction.AFTER, Optional.empty(), size);
  }

  public static Keyset after(String key, int size) {
    return new Keyset(Direction.AFTER, Optional.of(key), size);
  }

  public static Keyset before(String key, int size) {
    return new Keyset(Direction.BEFORE, Optional.of(key), size);
  }

  /** The last {@code size} rows: a list's last page is as short as what is left for it. */
  public static Keyset last(int size) {
    return new Keyset(Direction.BEFORE, Optional.empty(), size);
  }

  public boolean backwards() {
    return direction == Direction.BEFORE;
  }
}
