package com.twofactor.it;

import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.BackupUserType;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.ServiceAccount;
import com.twofactor.users.entity.ServiceAccountRepository;
import com.twofactor.users.entity.ServiceKind;
import com.twofactor.users.entity.SystemUser;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * Seeds accounts for the in-container tests, straight through the repositories and each in a
 * transaction of its own, so a test needs no transaction of its own to set up. Every name is new:
 * the prefix and eight random characters.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TestData {

  @Inject SystemUserRepository systemUsers;
  @Inject BackupUserRepository backupUsers;
  @Inject ServiceAccountRepository serviceAccounts;
  @Inject PolicyGroupRepository groups;
  @Inject PasswordHashing hashing;

  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String systemUser(String prefix, Role role, String password) {
    String name = uniqueName(prefix);
    systemUsers.add(new SystemUser(name, hash(password), role, Instant.now()));
    return name;
  }

  /**
   * A paid backup user in the default group, or, when {@code groupRequires}, in a new group of its
   * own that requires two-factor authentication.
   */
  public String backupUser(
      String prefix, String password, boolean twoFactorEnabled, boolean groupRequires) {
    String name = uniqueName(prefix);
    PolicyGroup group;
    if (groupRequires) {
      group = PolicyGroup.named("required-" + name, true);
      groups.add(group);
    } else {
      group = groups.findDefault().orElseThrow();
    }
    BackupUser user =
        new BackupUser(name, hash(password), BackupUserType.PAID, group, Instant.now());
    user.switchTwoFactor(twoFactorEnabled);
    backupUsers.add(user);
    return name;
  }

  public String serviceAccount(String prefix, ServiceKind kind, String password) {
    String name = uniqueName(prefix);
    serviceAccounts.add(new ServiceAccount(name, hash(password), kind, "replica", Instant.now()));
    return name;
  }

  private String hash(String password) {
    return hashing.hash(password.toCharArray());
  }
}
