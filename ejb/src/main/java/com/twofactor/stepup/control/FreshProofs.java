package com.twofactor.stepup.control;

import com.twofactor.config.StepUpConfig;
import com.twofactor.stepup.entity.StepUpProof;
import com.twofactor.stepup.entity.StepUpProofRepository;
import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Step-up proofs: an account proved itself again from one session (an access token's id, a console
 * session's key). A proof serves only that session, and only for the configured window. Only a
 * SHA-256 of the session reference is stored: a token id is no password, but the table need not
 * name live sessions.
 */
@ApplicationScoped
public class FreshProofs {

  @Inject StepUpProofRepository proofs;
  @Inject StepUpConfig config;

  @Inject Clock clock;

  /** Whether the account proved itself from this session within the window. */
  public boolean isFresh(Account account, Optional<String> sessionRef) {
    return sessionRef.isPresent()
        && proofs.provenSince(
            account.id(), hash(sessionRef.get()), clock.instant().minus(config.window()));
  }

  /** The account just proved itself from this session; stale proofs of anyone are forgotten. */
  public void record(Account account, String sessionRef) {
    Instant now = clock.instant();
    proofs.deleteBefore(now.minus(config.window()));
    proofs.add(new StepUpProof(account.id(), hash(sessionRef), now));
  }

  public Duration window() {
    return config.window();
  }

  static String hash(String sessionRef) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(sessionRef.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
