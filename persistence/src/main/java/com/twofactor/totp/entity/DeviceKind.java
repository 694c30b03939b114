package com.twofactor.totp.entity;

/** What was paired. */
public enum DeviceKind {
  /** Google, Microsoft or any RFC 6238 authenticator app: TOTP codes only. */
  TOTP_APP,
  /** The provider's own mobile app: push approve/deny and TOTP codes. */
  MOBILE_APP
}
