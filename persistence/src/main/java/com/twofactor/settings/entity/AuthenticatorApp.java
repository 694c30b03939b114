package com.twofactor.settings.entity;

/** The authenticator app users pair for mobile authentication. */
public enum AuthenticatorApp {
  /** The provider's own mobile app: push approve/deny and TOTP; needs the host registration. */
  BRANDED_MOBILE_APP,
  MICROSOFT,
  GOOGLE,
  /** Any RFC 6238 app, shown under the display name the admin gives it. */
  THIRD_PARTY
}
