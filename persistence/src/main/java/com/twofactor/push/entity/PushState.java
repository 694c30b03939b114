package com.twofactor.push.entity;

/** Where a push approval request stands. */
public enum PushState {
  /** Sent to the app; waiting for the user (until it expires). */
  PENDING,
  /** The user approved on the phone with the right number. */
  APPROVED,
  /** The user denied the login on the phone. */
  DENIED,
  /** The app sent the wrong number: this request is over, the try counted. */
  FAILED,
  /** A newer push request of the same login replaced it. */
  SUPERSEDED
}
