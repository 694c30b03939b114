package com.twofactor.login.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginStepTest {

  @Test
  void rightPasswordOnAnUnlockedAccountCompletesTheLogin() {
    assertThat(LoginStep.afterPassword(true, false, false)).isEqualTo(LoginStep.COMPLETED);
  }

  @Test
  void rightPasswordGoesToTheSecondFactorWhenThePolicyAsksForIt() {
    assertThat(LoginStep.afterPassword(true, false, true)).isEqualTo(LoginStep.SECOND_FACTOR);
  }

  @Test
  void wrongPasswordOrLockedAccountEndsTheLoginWhateverThePolicy() {
    for (boolean secondFactor : new boolean[] {false, true}) {
      assertThat(LoginStep.afterPassword(false, false, secondFactor)).isEqualTo(LoginStep.REFUSED);
      assertThat(LoginStep.afterPassword(true, true, secondFactor)).isEqualTo(LoginStep.REFUSED);
      assertThat(LoginStep.afterPassword(false, true, secondFactor)).isEqualTo(LoginStep.REFUSED);
    }
  }
}
