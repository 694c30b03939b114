package com.twofactor.shared.entity;

/**
 * Which page of a list to read: zero-based page number and page size (1 to 500), with the first row
 * ({@code page × size}) within what a query can skip.
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "page must be at most " + Integer.MAX_VALUE / size + " for size " + size);
    }
  }

  public int firstResult() {
    return Math.multiplyExact(page, size);
  }
}
