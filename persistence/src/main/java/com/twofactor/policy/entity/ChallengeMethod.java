package com.twofactor.policy.entity;

/**
 * The ways a login challenge can be answered, as the two-factor policy offers them; names equal the
 * API's method names.
 */
public enum ChallengeMethod {
  TOTP,
  PUSH,
  SMS
}
