package com.twofactor.login.control;

import com.twofactor.config.LockoutConfig;
import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.users.entity.AccountRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * One failure budget per account across both factors: every password and every code takes a try
 * from it before it is checked, in a transaction of its own committed at once, so concurrent tries
 * on any nodes never exceed the budget and the count stands whatever happens to the login after.
 * The login gives a right password's try back, and a completed login restores the whole budget
 * (both in the login's own transaction).
 */
@Stateless
public class FailureBudget {

  @Inject AccountRepository accounts;
  @Inject LockoutConfig lockout;
  @Inject LoginChallengeRepository challenges;

  /**
   * @return whether the try may go ahead; false while the account is locked or its budget is taken
   *     by tries in flight
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean takeTry(Long accountId, Instant now) {
    if (accounts.takeTry(accountId, lockout.maxFailures(), now)) {
      return true;
    }
    // A spent budget without a lock (more tries in flight than the budget, or a request that died
    // before it could lock): lock now, and end the account's open logins like any lock does.
    if (accounts.lockIfSpent(accountId, lockout.maxFailures(), now.plus(lockout.duration()))) {
      challenges.revokeOpenOf(accountId);
    }
    return false;
  }
}
