package com.twofactor.bootstrap.control;

import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.BackupUserType;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.SystemUser;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Each seeding step in a transaction of its own, so a lost race only undoes that step. Not an EJB:
 * the nodes of a cluster starting together race for each step, and the loser's exception is
 * expected; the EJB container would log it as a system exception, with its stack trace.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Seeding {

  static final List<String> DEMO_GROUPS = List.of("Finance", "Engineering");
  static final List<String> DEMO_OWNERS = List.of("reseller-east", "reseller-west");
  static final List<String> DEMO_VERSIONS =
      List.of("8.3.0.30", "8.3.6.0", "8.5.0.0", "9.1.0.0", "10.1.0.0");
  static final int DEMO_BACKUP_USERS = 50;

  @Inject PolicyGroupRepository groups;
  @Inject SystemUserRepository systemUsers;
  @Inject BackupUserRepository backupUsers;
  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;

  @Inject Clock clock;

  public boolean createDefaultPolicyGroupIfMissing() {
    if (groups.findDefault().isPresent()) {
      return false;
    }
    groups.add(PolicyGroup.createDefault());
    return true;
  }

  public boolean createAdminIfMissing(String password) {
    if (accounts.existsByLoginName(SystemUser.BUILT_IN_ADMIN)) {
      return false;
    }
    systemUsers.add(
        new SystemUser(
            SystemUser.BUILT_IN_ADMIN,
            hashing.hash(password.toCharArray()),
            Role.ADMIN,
            clock.instant()));
    return true;
  }

  /**
   * Two sub-admins, two more policy groups (one requiring 2FA) and fifty backup users spread over
   * them: paid and trial, OBM and ACB, client versions from 8.3 to 10.1. All share one password.
   */
  public boolean createDemoDataIfMissing(String password) {
    if (backupUsers.count() > 0) {
      return false;
    }
    Instant now = clock.instant();
    String hash = hashing.hash(password.toCharArray());
    List<PolicyGroup> demoGroups = new java.util.ArrayList<>();
    demoGroups.add(groups.findDefault().orElseThrow());
    for (int i = 0; i < DEMO_GROUPS.size(); i++) {
      PolicyGroup group = PolicyGroup.named(DEMO_GROUPS.get(i), i == 0);
      groups.add(group);
      demoGroups.add(group);
    }
    List<SystemUser> owners =
        DEMO_OWNERS.stream().map(name -> new SystemUser(name, hash, Role.SUB_ADMIN, now)).toList();
    owners.forEach(systemUsers::add);
    for (int i = 0; i < DEMO_BACKUP_USERS; i++) {
      var user =
          new BackupUser(
              String.format("user%02d", i + 1),
              hash,
              i % 4 == 3 ? BackupUserType.TRIAL : BackupUserType.PAID,
              demoGroups.get(i % demoGroups.size()),
              now.minus(Duration.ofDays(3L * (DEMO_BACKUP_USERS - i))));
      user.changeAlias("Demo user " + (i + 1));
      user.assignOwner(i % 5 == 4 ? null : owners.get(i % owners.size()));
      user.recordClient(
          i % 3 == 2 ? ClientType.ACB : ClientType.OBM,
          DEMO_VERSIONS.get(i % DEMO_VERSIONS.size()));
      if (i % 7 == 0) {
        user.enableTwoFactor();
      }
      backupUsers.add(user);
    }
    return true;
  }
}
