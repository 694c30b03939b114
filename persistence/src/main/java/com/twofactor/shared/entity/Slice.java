package com.twofactor.shared.entity;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read by keyset: the items after a cursor, the cursor of the next page ({@code
 * null} on the last), and the total across all pages when it was asked for ({@code null}
 * otherwise).
 */
public record Slice<T>(List<T> items, int size, Long total, String next) {

  public Slice {
    items = List.copyOf(items);
  }

  public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
    return new Slice<>(items.stream().<R>map(mapper).toList(), size, total, next);
  }
}
