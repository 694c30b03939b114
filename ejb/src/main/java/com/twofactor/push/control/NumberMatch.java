package com.twofactor.push.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Number matching against push fatigue: the login page shows a two-digit number, the app offers it
 * among decoys, and only the number the user picks approves. Someone who merely taps "approve" on
 * an unexpected prompt picks the right one by chance once in {@link #CHOICES}, and a wrong pick
 * costs a try of the account's failure budget.
 */
public final class NumberMatch {

  /** How many numbers the app offers. */
  public static final int CHOICES = 3;

  private NumberMatch() {}

  /** A new number, 10 to 99. */
  public static String newNumber() {
    return Integer.toString(10 + Tokens.random().nextInt(90));
  }

  /**
   * The numbers the app offers for one request: the right one among decoys, in an order that
   * depends on the request only (every poll shows the same).
   */
  public static List<String> choices(String requestId, String number) {
    Random seeded = new Random(requestId.hashCode());
    List<String> choices = new ArrayList<>(List.of(number));
    while (choices.size() < CHOICES) {
      String decoy = Integer.toString(10 + seeded.nextInt(90));
      if (!choices.contains(decoy)) {
        choices.add(decoy);
      }
    }
    java.util.Collections.shuffle(choices, seeded);
    return List.copyOf(choices);
  }

  /** Whether the picked number is the one shown, compared in constant time. */
  public static boolean matches(String number, String picked) {
    if (picked == null) {
      return false;
    }
    return java.security.MessageDigest.isEqual(
        number.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        picked.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
