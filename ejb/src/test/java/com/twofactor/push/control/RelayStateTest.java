package com.twofactor.push.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A relay that is down is logged once a minute at most, and the dashboard says so. */
class RelayStateTest {

  private Instant now = Instant.parse("2026-12-03T08:00:00Z");

  @Test
  void failuresAreLoggedOnceAMinuteAtMostAndShownUntilTheRelayAnswers() {
    RelayState state = new RelayState();
    state.clock =
        new Clock() {
          @Override
          public Instant instant() {
            return now;
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
    List<String> logged = new ArrayList<>();
    Logger logger = Logger.getLogger(RelayState.class.getName());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      assertThat(state.status(false)).isEqualTo(RelayState.Status.NOT_CONFIGURED);
      assertThat(state.status(true)).isEqualTo(RelayState.Status.UNKNOWN);
      for (int i = 0; i < 10; i++) {
        state.failed("http://relay.example:8080", "HTTP 503");
        now = now.plus(Duration.ofSeconds(5));
      }
      assertThat(logged).hasSize(1);
      assertThat(state.status(true)).isEqualTo(RelayState.Status.UNREACHABLE);
      now = now.plus(Duration.ofSeconds(15));
      state.failed("http://relay.example:8080", "ConnectException");
      assertThat(logged).hasSize(2);
      now = now.plusSeconds(1);
      state.succeeded();
      assertThat(state.status(true)).isEqualTo(RelayState.Status.REACHABLE);
    } finally {
      logger.removeHandler(handler);
    }
  }
}
