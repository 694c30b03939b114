package com.twofactor.clients.entity;

import java.util.Arrays;
import java.util.regex.Pattern;

/** A dotted client version such as {@code 8.3.0.30}, compared part by part. */
public record ClientVersion(int[] parts) implements Comparable<ClientVersion> {

  private static final Pattern FORMAT = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,3}");

  public static ClientVersion parse(String text) {
    if (text == null || !FORMAT.matcher(text).matches()) {
      throw new IllegalArgumentException("A client version looks like 10.1.0.0: " + text);
    }
    return new ClientVersion(
        Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray());
  }

  @Override
  public int compareTo(ClientVersion other) {
    for (int i = 0; i < 4; i++) {
      int difference = part(i) - other.part(i);
      if (difference != 0) {
        return difference;
      }
    }
    return 0;
  }

  public boolean isOlderThan(ClientVersion other) {
    return compareTo(other) < 0;
  }

  private int part(int index) {
    return index < parts.length ? parts[index] : 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClientVersion version && compareTo(version) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {part(0), part(1), part(2), part(3)});
  }

  @Override
  public String toString() {
    return String.join(".", Arrays.stream(parts).mapToObj(Integer::toString).toList());
  }
}
