package com.twofactor.login.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.LoginResult.Refused;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefusalTextTest {

  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  @Test
  void everyReasonHasItsOwnWords() {
    for (Reason reason : Reason.values()) {
      assertThat(Refused.because(reason).explanation(NOW)).as(reason.name()).isNotBlank();
    }
  }

  @Test
  void aThrottleSaysHowLongToWaitRoundedUp() {
    Refused throttled = new Refused(Reason.THROTTLED, Optional.of(NOW.plusMillis(2_001)));
    assertThat(throttled.secondsToWait(NOW)).isEqualTo(3);
    assertThat(throttled.explanation(NOW)).endsWith("try again in 3 s.");
    assertThat(Refused.because(Reason.THROTTLED).secondsToWait(NOW)).isEqualTo(1);
  }

  @Test
  void aLockSaysWhenItEnds() {
    Refused locked = new Refused(Reason.LOCKED, Optional.of(NOW.plusSeconds(900)));
    assertThat(locked.explanation(NOW)).contains("locked until 2026-12-03 08:15 UTC");
    assertThat(Refused.because(Reason.LOCKED).explanation(NOW)).contains("locked for a while");
  }

  @Test
  void aClientRefusalSaysWhatTheRuleSaid() {
    Refused refused =
        new Refused(Reason.CLIENT_NOT_CAPABLE, Optional.empty(), Optional.of("Upgrade to 8.5"));
    assertThat(refused.explanation(NOW)).isEqualTo("Upgrade to 8.5");
  }
}
