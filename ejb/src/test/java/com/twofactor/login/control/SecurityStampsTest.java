package com.twofactor.login.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.config.SecurityStampConfig;
import com.twofactor.users.entity.AccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecurityStampsTest {

  private final Map<String, String> database = new HashMap<>();
  private int reads;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
  private SecurityStamps stamps;

  @BeforeEach
  void setUp() {
    stamps = new SecurityStamps();
    stamps.accounts =
        new AccountRepository() {
          @Override
          public Optional<String> findCurrentSecurityStamp(String loginName) {
            reads++;
            return Optional.ofNullable(database.get(loginName));
          }
        };
    stamps.config =
        new SecurityStampConfig() {
          @Override
          public Duration cache() {
            return Duration.ofSeconds(5);
          }
        };
    stamps.clock = clock;
    database.put("alice", "aaaa");
  }

  @Test
  void theCurrentStampIsReadOnceWithinTheCacheWindow() {
    assertThat(stamps.isCurrent("alice", "aaaa")).isTrue();
    assertThat(stamps.isCurrent("alice", "aaaa")).isTrue();

    assertThat(reads).isEqualTo(1);
  }

  @Test
  void aRevokedStampStopsWorkingOnceTheWindowIsOver() {
    stamps.isCurrent("alice", "aaaa");
    database.put("alice", "bbbb");

    clock.advance(Duration.ofSeconds(4));
    assertThat(stamps.isCurrent("alice", "aaaa")).as("within the window").isTrue();
    clock.advance(Duration.ofSeconds(2));
    assertThat(stamps.isCurrent("alice", "aaaa")).as("after the window").isFalse();
  }

  @Test
  void aNewerStampThanTheRememberedOneIsCheckedAtOnce() {
    stamps.isCurrent("alice", "aaaa");
    database.put("alice", "bbbb");

    assertThat(stamps.isCurrent("alice", "bbbb")).isTrue();
    assertThat(stamps.isCurrent("alice", "aaaa")).as("the old one, now known stale").isFalse();
  }

  @Test
  void aDisabledOrUnknownAccountOrAMissingStampIsNeverCurrent() {
    assertThat(stamps.isCurrent("nobody", "aaaa")).isFalse();
    assertThat(stamps.isCurrent("alice", null)).isFalse();
    database.remove("alice");
    assertThat(stamps.isCurrent("alice", "aaaa")).isFalse();
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
