/**
 * Authenticator apps (Google, Microsoft, any RFC 6238 app): pairing through an {@code otpauth://}
 * QR code confirmed by a valid code, self-service device management, and the administrators' reset,
 * with the role rules enforced here for console and API alike.
 */
package com.twofactor.totp.boundary;
