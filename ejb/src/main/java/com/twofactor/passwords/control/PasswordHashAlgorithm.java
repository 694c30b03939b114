package com.twofactor.passwords.control;

/**
 * One way of hashing passwords into a self-describing string in the PHC format ({@code
 * $id$params$salt$hash}), so that hashes made with other settings can still be verified and then
 * upgraded.
 */
public interface PasswordHashAlgorithm {

  /** A fresh salted hash of the password with the current cost. */
  String hash(char[] password);

  /** Whether this algorithm made the encoded hash. */
  boolean recognizes(String encoded);

  /** Whether the password matches a hash this algorithm made, in time independent of where. */
  boolean verify(char[] password, String encoded);

  /** Whether the hash was made with exactly the current cost. */
  boolean hasCurrentCost(String encoded);
}
