package com.twofactor.shared.entity;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read by keyset: the items after (or before) a cursor, the cursor of the next
 * page ({@code null} on the last), the cursor of the previous page when the page was read backwards
 * ({@code null} on the first, and on pages read forwards, which do not look back), and the total
 * across all pages when it was asked for ({@code null} otherwise).
 */
public record Slice<T>(List<T> items, int size, Long total, String next, String previous) {

  public Slice {
    items = List.copyOf(items);
  }

  /** A page read forwards: it names the next page only. */
  public Slice(List<T> items, int size, Long total, String next) {
    this(items, size, total, next, null);
  }

  public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
    return new Slice<>(items.stream().<R>map(mapper).toList(), size, total, next, previous);
  }
}
