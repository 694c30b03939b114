package com.twofactor.sms.control;

import java.time.Instant;

/**
 * A passcode went out by SMS.
 *
 * @param phoneId the number it went to
 * @param maskedNumber that number as the screen shows it ({@code Hong Kong (+852) - ****3799})
 * @param prefix the passcode's prefix, shown on screen so the user can match the SMS
 * @param expiresAt until when the passcode is valid
 * @param resendAllowedAt from when "Resend passcode" works
 * @param resendsLeft how many more passcodes may be sent in a row
 */
public record SmsSent(
    Long phoneId,
    String maskedNumber,
    String prefix,
    Instant expiresAt,
    Instant resendAllowedAt,
    int resendsLeft) {}
