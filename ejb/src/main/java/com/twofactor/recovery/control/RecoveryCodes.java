package com.twofactor.recovery.control;

import com.twofactor.config.SecretCipher;
import com.twofactor.recovery.entity.RecoveryCode;
import com.twofactor.recovery.entity.RecoveryCodeRepository;
import com.twofactor.users.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An account's set of recovery codes. Only a keyed hash of each code is stored: HMAC-SHA256 under a
 * key derived from the installation's secrets key, over the account and the code. A code carries 50
 * random bits, so a fast hash is enough (nobody can try 2<sup>50</sup> codes online, and the key
 * keeps a copied database from being tried offline); a slow password hash would only slow logins.
 */
@Stateless
public class RecoveryCodes {

  /** How many codes a set has. */
  public static final int SET_SIZE = 10;

  private static final String PURPOSE = "recovery-code";

  @Inject RecoveryCodeRepository codes;

  @Inject Clock clock;

  /** A new set for the account; every earlier code is void. The codes are returned only here. */
  public List<String> newSet(Account account) {
    codes.removeAllOf(account);
    Set<String> fresh = new LinkedHashSet<>();
    while (fresh.size() < SET_SIZE) {
      fresh.add(RecoveryCodeText.newCode());
    }
    Instant now = clock.instant();
    for (String code : fresh) {
      codes.add(new RecoveryCode(account, hash(account.id(), code.replace("-", "")), now));
    }
    return List.copyOf(new ArrayList<>(fresh));
  }

  /** A new set when the account has no unused code left, else nothing. */
  public List<String> newSetIfNoneLeft(Account account) {
    return unused(account) == 0 ? newSet(account) : List.of();
  }

  /** Voids every code of the account (an administrator reset its devices). */
  public void voidAllOf(Account account) {
    codes.removeAllOf(account);
  }

  public long unused(Account account) {
    return codes.countUnused(account);
  }

  /**
   * Spends the account's code, in a transaction of its own committed at once: of several concurrent
   * uses of one code exactly one gets {@code true}. A code spent by a login that then fails stays
   * spent, which only fails closed.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean spend(Long accountId, String typed) {
    Optional<String> code = RecoveryCodeText.normalized(typed);
    return code.isPresent() && codes.spend(accountId, hash(accountId, code.get()), clock.instant());
  }

  private static byte[] hash(Long accountId, String code) {
    return SecretCipher.fromConfig()
        .keyedHash(PURPOSE, (accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
  }
}
