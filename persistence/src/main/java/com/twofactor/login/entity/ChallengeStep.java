package com.twofactor.login.entity;

/** What the second step of a login asks for. */
public enum ChallengeStep {
  /** 2FA is enabled and nothing is paired: pairing is offered and may be skipped. */
  SETUP_PROMPT,
  /** 2FA is required and nothing is paired: the login cannot finish before a device is paired. */
  SETUP_REQUIRED,
  /** Prove a second factor with a paired device. */
  CHALLENGE
}
