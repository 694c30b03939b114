package com.twofactor.login.control;

import com.twofactor.config.SecurityStampConfig;
import com.twofactor.users.entity.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a token or console session still speaks for its account: its security stamp must be the
 * account's current one, and the account must exist and be enabled. The database is the truth; each
 * node remembers what it read for {@code twofactor.security-stamp.cache}, so a revocation made on
 * any node reaches every node within that window. A stamp other than the remembered one is checked
 * against the database at once, so a fresh login is never refused.
 */
@ApplicationScoped
public class SecurityStamps {

  /** Beyond this many remembered accounts, the expired entries are dropped. */
  static final int MAX_REMEMBERED = 10_000;

  @Inject AccountRepository accounts;
  @Inject SecurityStampConfig config;
  @Inject Clock clock;

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  /**
   * Whether {@code stamp} is the current security stamp of the enabled account {@code loginName}.
   */
  public boolean isCurrent(String loginName, String stamp) {
    if (loginName == null || stamp == null) {
      return false;
    }
    Instant now = clock.instant();
    Remembered known = remembered.get(loginName);
    if (known != null && known.isFreshAt(now) && matches(known.stamp(), stamp)) {
      return true;
    }
    Optional<String> current = accounts.findCurrentSecurityStamp(loginName);
    remember(loginName, current, now);
    return current.map(found -> matches(found, stamp)).orElse(false);
  }

  private void remember(String loginName, Optional<String> stamp, Instant now) {
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.values().removeIf(entry -> !entry.isFreshAt(now));
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
    }
    remembered.put(loginName, new Remembered(stamp.orElse(null), now.plus(config.cache())));
  }

  private static boolean matches(String current, String presented) {
    return current != null
        && MessageDigest.isEqual(
            current.getBytes(StandardCharsets.US_ASCII),
            presented.getBytes(StandardCharsets.US_ASCII));
  }

  /** A stamp as read from the database ({@code null}: no enabled account), and until when. */
  private record Remembered(String stamp, Instant until) {
    boolean isFreshAt(Instant now) {
      return now.isBefore(until);
    }
  }
}
