package com.twofactor.users.control;

import static com.twofactor.users.control.AccountAdministration.toChangeFactors;
import static com.twofactor.users.control.AccountAdministration.toDisable;
import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.users.control.AccountAdministration.Access;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserType;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.SystemUser;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountAdministrationTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private final SystemUser builtIn = new SystemUser("system", "$h", Role.ADMIN, NOW);
  private final SystemUser admin = new SystemUser("admin2", "$h", Role.ADMIN, NOW);
  private final SystemUser reseller = new SystemUser("reseller", "$h", Role.SUB_ADMIN, NOW);
  private final BackupUser owned = backupUser("owned", reseller);
  private final BackupUser unowned = backupUser("unowned", null);

  @Test
  void onlyAnAdminResetsASystemUsersDevices() {
    assertThat(toChangeFactors(Optional.of(Role.ADMIN), "admin2", builtIn).access())
        .isEqualTo(Access.GRANTED);
    assertThat(toChangeFactors(Optional.of(Role.API_USER), "api", builtIn).access())
        .isEqualTo(Access.FORBIDDEN);
    assertThat(toChangeFactors(Optional.of(Role.API_USER), "api", admin).access())
        .isEqualTo(Access.FORBIDDEN);
    assertThat(toChangeFactors(Optional.of(Role.SUB_ADMIN), "reseller", builtIn).access())
        .isEqualTo(Access.HIDDEN);
  }

  @Test
  void apiUserResetsBackupUsersAndSubAdminOnlyItsOwn() {
    assertThat(toChangeFactors(Optional.of(Role.API_USER), "api", unowned).access())
        .isEqualTo(Access.GRANTED);
    assertThat(toChangeFactors(Optional.of(Role.SUB_ADMIN), "reseller", owned).access())
        .isEqualTo(Access.GRANTED);
    assertThat(toChangeFactors(Optional.of(Role.SUB_ADMIN), "reseller", unowned).access())
        .isEqualTo(Access.HIDDEN);
    assertThat(toChangeFactors(Optional.of(Role.SUB_ADMIN), "other", owned).access())
        .isEqualTo(Access.HIDDEN);
  }

  @Test
  void readOnlyRolesAndRolelessCallersChangeNothing() {
    for (Role role : Set.of(Role.READ_ONLY_ADMIN, Role.READ_ONLY_API_USER)) {
      assertThat(toChangeFactors(Optional.of(role), "ro", unowned).access())
          .isEqualTo(Access.FORBIDDEN);
      assertThat(toDisable(Optional.of(role), "ro", unowned).access()).isEqualTo(Access.FORBIDDEN);
    }
    assertThat(toDisable(Optional.empty(), "backup", unowned).access()).isEqualTo(Access.FORBIDDEN);
  }

  @Test
  void nobodyDisablesTheBuiltInAdminOrThemselves() {
    assertThat(toDisable(Optional.of(Role.ADMIN), "admin2", builtIn).access())
        .isEqualTo(Access.FORBIDDEN);
    assertThat(toDisable(Optional.of(Role.ADMIN), "admin2", admin).access())
        .isEqualTo(Access.FORBIDDEN);
    assertThat(toDisable(Optional.of(Role.ADMIN), "system", admin).access())
        .isEqualTo(Access.GRANTED);
    assertThat(toDisable(Optional.of(Role.ADMIN), "system", unowned).access())
        .isEqualTo(Access.GRANTED);
    assertThat(toDisable(Optional.of(Role.API_USER), "api", admin).access())
        .isEqualTo(Access.FORBIDDEN);
    assertThat(toDisable(Optional.of(Role.SUB_ADMIN), "reseller", owned).access())
        .isEqualTo(Access.GRANTED);
  }

  @Test
  void theCallersRoleComesFromTheContainersRoleCheck() {
    assertThat(AccountAdministration.roleOf("API_USER"::equals)).contains(Role.API_USER);
    assertThat(AccountAdministration.roleOf("BACKUP_USER"::equals)).isEmpty();
  }

  private static BackupUser backupUser(String name, SystemUser owner) {
    BackupUser user =
        new BackupUser(name, "$h", BackupUserType.PAID, PolicyGroup.createDefault(), NOW);
    user.assignOwner(owner);
    return user;
  }
}
