package com.twofactor.sms.entity;

/**
 * The passcode rules of Twilio SMS verification, as the legacy console named them.
 *
 * @param passcodeLength digits after the 4-letter prefix, 4 to 10 (6 by default)
 * @param resendCooldownMinutes how long before "Resend passcode" works again (0 to 60; 1)
 * @param expiryMinutes how long a passcode stays valid (1 to 60; 5)
 * @param maxInvalidAttempts consecutive wrong passcodes allowed (1 to 100; 5)
 * @param maxConsecutiveSends consecutive passcodes sent for one login or verification (1 to 100; 5)
 * @param legacyClientsMaySkip "Allow legacy client to skip SMS authentication"
 */
public record SmsLimits(
    int passcodeLength,
    int resendCooldownMinutes,
    int expiryMinutes,
    int maxInvalidAttempts,
    int maxConsecutiveSends,
    boolean legacyClientsMaySkip) {

  public static final SmsLimits DEFAULTS = new SmsLimits(6, 1, 5, 5, 5, false);

  public SmsLimits {
    check(
        passcodeLength,
        TwilioSettings.MIN_PASSCODE_LENGTH,
        TwilioSettings.MAX_PASSCODE_LENGTH,
        "The passcode length");
    check(resendCooldownMinutes, 0, 60, "The resend cooldown time (minutes)");
    check(expiryMinutes, 1, 60, "The expiry time (minutes)");
    check(maxInvalidAttempts, 1, 100, "Consecutive invalid passcode attempts allowed");
    check(maxConsecutiveSends, 1, 100, "Consecutive resend allowed");
  }

  private static void check(int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
    }
  }
}
