package com.twofactor.login.boundary;

import com.twofactor.login.entity.LoginChallengeRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Forgets login challenges a day after they expired, so the table stays small. Every node of a
 * cluster may run it; deleting what another node already deleted does no harm.
 */
@Stateless
public class ChallengeCleanup {

  private static final Logger LOG = Logger.getLogger(ChallengeCleanup.class.getName());
  private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

  @Inject LoginChallengeRepository challenges;

  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void deleteLongExpired() {
    int deleted = challenges.deleteExpiredBefore(clock.instant().minus(KEPT_AFTER_EXPIRY));
    if (deleted > 0) {
      LOG.info(() -> "Deleted " + deleted + " expired login challenges");
    }
  }
}
