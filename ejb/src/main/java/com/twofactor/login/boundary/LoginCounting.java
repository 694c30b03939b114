package com.twofactor.login.boundary;

import com.twofactor.shared.control.Counters;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.Locale;
import java.util.Map;

/**
 * Counts how the steps of a login end, by the method that answered: {@code logins.authenticated},
 * {@code challenges.totp.refused.wrong-code} and so on, plus {@code lockouts} and {@code throttles}
 * for every refusal of those kinds. Counted where the boundary returns, so the console and the API
 * count alike.
 */
public class LoginCounting {

  /** Boundary methods that end a step of a login, and the name they are counted under. */
  private static final Map<String, String> COUNTED =
      Map.of(
          "login", "logins",
          "answerTotp", "challenges.totp",
          "answerRecoveryCode", "challenges.recovery-code",
          "answerAtOnce", "challenges.with-password",
          "confirmPairing", "challenges.pairing",
          "skip", "challenges.setup-skipped");

  @Inject Counters counters;

  @AroundInvoke
  Object count(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    String counted = COUNTED.get(invocation.getMethod().getName());
    if (counted != null && result instanceof LoginResult ended) {
      counters.count(counted + "." + outcomeOf(ended));
      if (ended instanceof LoginResult.Refused refused) {
        if (refused.reason() == LoginResult.Reason.LOCKED) {
          counters.count("lockouts");
        } else if (refused.reason() == LoginResult.Reason.THROTTLED) {
          counters.count("throttles");
        }
      }
    }
    return result;
  }

  private static String outcomeOf(LoginResult result) {
    if (result instanceof LoginResult.Authenticated) {
      return "authenticated";
    }
    if (result instanceof LoginResult.SecondStepNeeded) {
      return "second-step";
    }
    return "refused."
        + ((LoginResult.Refused) result).reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
