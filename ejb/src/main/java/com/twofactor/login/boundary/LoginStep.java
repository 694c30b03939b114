package com.twofactor.login.boundary;

/**
 * The steps of one login. Every login starts at {@link #PASSWORD}; a wrong password or a locked
 * account ends it {@link #REFUSED}; a right password goes to {@link #SECOND_FACTOR} when the
 * account's two-factor policy asks for more, else straight to {@link #COMPLETED}.
 */
public enum LoginStep {
  PASSWORD,
  SECOND_FACTOR,
  COMPLETED,
  REFUSED;

  /** The step after the password was checked, given whether 2FA asks for more. */
  public static LoginStep afterPassword(
      boolean passwordMatches, boolean locked, boolean secondFactorNeeded) {
    if (!passwordMatches || locked) {
      return REFUSED;
    }
    return secondFactorNeeded ? SECOND_FACTOR : COMPLETED;
  }
}
