package com.twofactor.login.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginStepTest {

  @Test
  void rightPasswordOnAnUnlockedAccountCompletesTheLogin() {
    assertThat(LoginStep.afterPassword(true, false)).isEqualTo(LoginStep.COMPLETED);
  }

  @Test
  void wrongPasswordOrLockedAccountEndsTheLogin() {
    assertThat(LoginStep.afterPassword(false, false)).isEqualTo(LoginStep.REFUSED);
    assertThat(LoginStep.afterPassword(true, true)).isEqualTo(LoginStep.REFUSED);
    assertThat(LoginStep.afterPassword(false, true)).isEqualTo(LoginStep.REFUSED);
  }
}
