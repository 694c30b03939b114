package com.twofactor.settings.boundary;

/** Legacy Twilio SMS verification on this server. */
public enum TwilioState {
  /** Never set up here: a fresh install never offers it. */
  NONE,
  /** Migrated from a legacy install and in use; it excludes mobile authentication. */
  ACTIVE,
  /** Deleted for good when mobile authentication was switched on; it cannot come back. */
  RETIRED
}
