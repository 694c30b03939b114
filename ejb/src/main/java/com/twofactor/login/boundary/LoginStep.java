package com.twofactor.login.boundary;

/**
 * The steps of one login. Every login starts at {@link #PASSWORD}; a wrong password or a locked
 * account ends it {@link #REFUSED}; otherwise it is {@link #COMPLETED} once every step the
 * account's two-factor policy requires is done.
 */
public enum LoginStep {
  PASSWORD,
  COMPLETED,
  REFUSED;

  /** The step after the password was checked. */
  public static LoginStep afterPassword(boolean passwordMatches, boolean locked) {
    return passwordMatches && !locked ? COMPLETED : REFUSED;
  }
}
