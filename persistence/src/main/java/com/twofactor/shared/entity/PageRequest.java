package com.twofactor.shared.entity;

/** Which page of a list to read: zero-based page number and page size (1 to 500). */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public int firstResult() {
    return Math.multiplyExact(page, size);
  }
}
