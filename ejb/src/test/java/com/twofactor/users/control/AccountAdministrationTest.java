package com.twofactor.users.control;

import static com.twofactor.users.control.AccountAdministration.toChangeFactors;
import static com.twofactor.users.control.AccountAdministration.toDisable;
import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.shared.boundary.Caller;
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
    assertThat(toChangeFactors(caller("admin2", Role.ADMIN), builtIn).access())
        .isEqualTo(Access.GRANTED);
    assertThat(toChangeFactors(caller("api", Role.API_USER), builtIn).access())
        .isEqualTo(Access.FORBIDDEN);
    assertThat(toChangeFactors(caller("api", Role.API_USER), admin).access())
        .isEqualTo(Access.FORBIDDEN);
    assertThat(toChangeFactors(caller("reseller", Role.SUB_ADMIN), builtIn).access())
        .isEqualTo(Access.HIDDEN);
  }

  @Test
  void apiUserResetsBackupUsersAndSubAdminOnlyItsOwn() {
    assertThat(toChangeFactors(caller("api", Role.API_USER), unowned).access())
        .isEqualTo(Access.GRANTED);
    assertThat(toChangeFactors(caller("reseller", Role.SUB_ADMIN), owned).access())
        .isEqualTo(Access.GRANTED);
    assertThat(toChangeFactors(caller("reseller", Role.SUB_ADMIN), unowned).access())
        .isEqualTo(Access.HIDDEN);
    assertThat(toChangeFactors(caller("other", Role.SUB_ADMIN), owned).access())
        .isEqualTo(Access.HIDDEN);
  }

  @Test
  void readOnlyRolesAndRolelessCallersChangeNothing() {
    for (Role role : Set.of(Role.READ_ONLY_ADMIN, Role.READ_ONLY_API_USER)) {
      assertThat(toChangeFactors(caller("ro", role), unowned).access()).isEqualTo(Access.FORBIDDEN);
      assertThat(toDisable(caller("ro", role), unowned).access()).isEqualTo(Access.FORBIDDEN);
    }
    assertThat(toDisable(new Caller("backup", Optional.empty()), unowned).access())
        .isEqualTo(Access.FORBIDDEN);
  }

  @Test
  void nobodyDisablesTheBuiltInAdminOrThemselves() {
    assertThat(toDisable(caller("admin2", Role.ADMIN), builtIn).access())
        .isEqualTo(Access.FORBIDDEN);
    assertThat(toDisable(caller("admin2", Role.ADMIN), admin).access()).isEqualTo(Access.FORBIDDEN);
    assertThat(toDisable(caller("system", Role.ADMIN), admin).access()).isEqualTo(Access.GRANTED);
    assertThat(toDisable(caller("system", Role.ADMIN), unowned).access()).isEqualTo(Access.GRANTED);
    assertThat(toDisable(caller("api", Role.API_USER), admin).access()).isEqualTo(Access.FORBIDDEN);
    assertThat(toDisable(caller("reseller", Role.SUB_ADMIN), owned).access())
        .isEqualTo(Access.GRANTED);
  }

  @Test
  void theCallersRoleComesFromTheContainersRoleCheck() {
    assertThat(Caller.of("api", "API_USER"::equals).role()).contains(Role.API_USER);
    assertThat(Caller.of("bob", "BACKUP_USER"::equals).role()).isEmpty();
  }

  @Test
  void aSubAdminKnowsOnlyItsOwnBackupUsers() {
    assertThat(caller("reseller", Role.SUB_ADMIN).knows(owned)).isTrue();
    assertThat(caller("reseller", Role.SUB_ADMIN).knows(unowned)).isFalse();
    assertThat(caller("reseller", Role.SUB_ADMIN).knows(admin)).isFalse();
    assertThat(caller("admin2", Role.ADMIN).knows(unowned)).isTrue();
  }

  private static Caller caller(String loginName, Role role) {
    return new Caller(loginName, Optional.of(role));
  }

  private static BackupUser backupUser(String name, SystemUser owner) {
    BackupUser user =
        new BackupUser(name, "$h", BackupUserType.PAID, PolicyGroup.createDefault(), NOW);
    user.assignOwner(owner);
    return user;
  }
}
