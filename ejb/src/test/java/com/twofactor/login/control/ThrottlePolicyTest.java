package com.twofactor.login.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private final ThrottlePolicy policy =
      new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

  @Test
  void theFirstFailuresGoFree() {
    for (int failures = 0; failures <= 5; failures++) {
      assertThat(policy.delayAfter(failures)).isZero();
    }
  }

  @Test
  void thenTheWaitDoublesWithEachFailure() {
    assertThat(policy.delayAfter(6)).hasSeconds(1);
    assertThat(policy.delayAfter(7)).hasSeconds(2);
    assertThat(policy.delayAfter(8)).hasSeconds(4);
    assertThat(policy.delayAfter(15)).hasSeconds(512);
  }

  @Test
  void upToTheLongestDelayWithoutOverflowing() {
    assertThat(policy.delayAfter(16)).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.delayAfter(80)).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aGuesserAtOneAddressLocksAnAccountAtMostOnceInHours() {
    // After a lock (ten failures) the next ten failures of the same address take this long.
    Duration next = Duration.ZERO;
    for (int failures = 11; failures <= 20; failures++) {
      next = next.plus(policy.delayAfter(failures));
    }
    assertThat(next).isGreaterThan(Duration.ofHours(1));
  }

  @Test
  void negativeSettingsAreRefused() {
    assertThatThrownBy(() -> new ThrottlePolicy(-1, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
