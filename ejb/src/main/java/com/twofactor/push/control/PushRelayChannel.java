package com.twofactor.push.control;

import com.twofactor.config.PushConfig;
import com.twofactor.shared.control.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The push relay as a channel, as this node last saw it: not configured without {@code
 * twofactor.push.relay-url}, unknown until a delivery was tried, up when the last one worked,
 * unreachable when it failed after its retries. The detail never names the relay's address, whose
 * path or query may carry a key: only when and how it last went (status code, exception class).
 */
@ApplicationScoped
public class PushRelayChannel implements Channel {

  @Inject PushConfig config;
  @Inject RelayState state;

  @Override
  public String name() {
    return "pushRelay";
  }

  @Override
  public Report report() {
    switch (state.status(config.relayUrl().isPresent())) {
      case NOT_CONFIGURED:
        return new Report(State.NOT_CONFIGURED, "no relay set: mobile apps poll");
      case UNKNOWN:
        return new Report(State.UNKNOWN, "nothing delivered yet on this node");
      case UNREACHABLE:
        return new Report(
            State.UNREACHABLE,
            "last delivery failed at "
                + state.lastFailure().map(Object::toString).orElse("?")
                + " ("
                + state.lastProblem().orElse("unknown problem")
                + "); mobile apps still poll");
      default:
        return new Report(
            State.UP,
            "last delivery worked at " + state.lastSuccess().map(Object::toString).orElse("?"));
    }
  }
}
