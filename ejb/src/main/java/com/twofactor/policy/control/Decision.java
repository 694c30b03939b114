package com.twofactor.policy.control;

import com.twofactor.policy.entity.ChallengeMethod;
import java.util.Set;

/** What a login needs after the password, by the two-factor policy. */
public sealed interface Decision {

  /** No second factor: the login completes. */
  record NotRequired() implements Decision {}

  /** 2FA is enabled but nothing is paired: offer the setup; the user may skip it. */
  record SetupPrompt() implements Decision {}

  /** 2FA is required and nothing is paired: the login cannot finish before a device is paired. */
  record SetupRequired() implements Decision {}

  /** Prove a second factor by one of these methods. */
  record Challenge(Set<ChallengeMethod> methods) implements Decision {
    public Challenge {
      if (methods.isEmpty()) {
        throw new IllegalArgumentException("A challenge needs a method");
      }
      methods = Set.copyOf(methods);
    }
  }

  /** The login must not go on, for a reason the user can act on. */
  record Refused(String reason) implements Decision {}
}
