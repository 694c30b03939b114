package com.twofactor.users.entity;

/** Whether a backup user must, may or does not prove a second factor, as the console shows it. */
public enum TwoFactorState {
  DISABLED,
  ENABLED,
  /** Required by the user's policy group, whatever the user's own flag says. */
  ENFORCED
}
