package com.twofactor.shared.control;

/**
 * A way out of this server that logins depend on (the branded app's host registration, the push
 * relay, Twilio), as operators should see it. Each channel's owner implements this as a CDI bean;
 * the channels health check lists them all and never fails readiness because of them: a login can
 * often go on without one (the app polls when the relay is down).
 */
public interface Channel {

  /** How a channel stands, in a word, with what an operator should know. */
  enum State {
    /** Not set up: nothing to reach. */
    NOT_CONFIGURED,
    /** Set up, and nothing tells yet whether it works. */
    UNKNOWN,
    /** Its last use or test worked. */
    UP,
    /** Its last use or test failed. */
    UNREACHABLE
  }

  /** What a channel says of itself: its state and a short detail without any secret. */
  record Report(State state, String detail) {}

  /** A short, stable name, such as {@code hostRegistration}. */
  String name();

  Report report();
}
