/**
 * The rules of authenticator apps, plain Java tested with {@code new}: time-based one-time
 * passwords (RFC 6238 over RFC 4226) checked in constant time over a drift window, new seeds and
 * their base32 form, the {@code otpauth://} Key URI that pairs an app, and its QR code. Time comes
 * in as an {@link java.time.Instant} from the caller's injected clock; seeds are stored encrypted
 * by the entity layer.
 */
package com.twofactor.totp.control;
