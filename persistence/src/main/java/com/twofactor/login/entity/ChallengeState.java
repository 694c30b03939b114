package com.twofactor.login.entity;

/** Where the second step of a login stands. */
public enum ChallengeState {
  /** Waiting for the user. */
  PENDING,
  /** Done; the console has yet to turn it into a session. */
  COMPLETED,
  /** Done and used: a session or a token was issued for it; it is worth nothing more. */
  REDEEMED,
  /** Given up: too many wrong answers, or denied. */
  FAILED,
  /** Ended by the server: the account was locked, or newer logins of it pushed it out. */
  REVOKED
}
