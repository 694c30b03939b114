package com.twofactor.push.control;

import java.util.List;

/**
 * A push request was stored; once its transaction commits, the notifier wakes the devices. Carries
 * identifiers only: never a secret, never the number to match.
 */
public record PushSent(String requestId, List<Long> deviceIds) {

  public PushSent {
    deviceIds = List.copyOf(deviceIds);
  }
}
