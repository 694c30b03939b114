package com.twofactor.users.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.policy.entity.PolicyGroup;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void loginNamesAreLettersDigitsAndAFewMarks() {
    assertThat(Account.requireLoginName("alice.smith@example-1"))
        .isEqualTo("alice.smith@example-1");
    assertThatThrownBy(() -> Account.requireLoginName("has space"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Account.requireLoginName("-starts-with-dash"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Account.requireLoginName("x".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyASubAdminOwnsBackupUsers() {
    BackupUser user = backupUser(PolicyGroup.createDefault());

    assertThatThrownBy(() -> user.assignOwner(systemUser("boss", Role.ADMIN)))
        .isInstanceOf(IllegalArgumentException.class);
    user.assignOwner(systemUser("reseller", Role.SUB_ADMIN));

    assertThat(user.isOwnedBy("reseller")).isTrue();
    assertThat(user.isOwnedBy("boss")).isFalse();
  }

  @Test
  void policyGroupRequirementEnforcesTwoFactorOverTheUsersOwnFlag() {
    PolicyGroup relaxed = PolicyGroup.named("Relaxed", false);
    BackupUser user = backupUser(relaxed);
    assertThat(user.twoFactorState()).isEqualTo(TwoFactorState.DISABLED);

    user.enableTwoFactor();
    assertThat(user.twoFactorState()).isEqualTo(TwoFactorState.ENABLED);

    user.disableTwoFactor();
    relaxed.changeTwoFactorRequirement(true);
    assertThat(user.twoFactorState()).isEqualTo(TwoFactorState.ENFORCED);
  }

  @Test
  void clientVersionsAreDottedNumbers() {
    BackupUser user = backupUser(PolicyGroup.createDefault());

    user.recordClient(ClientType.OBM, "8.3.0.30");
    assertThat(user.clientVersion()).contains("8.3.0.30");
    assertThatThrownBy(() -> user.recordClient(ClientType.OBM, "ten"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builtInAdminStaysAnAdmin() {
    SystemUser system = systemUser(SystemUser.BUILT_IN_ADMIN, Role.ADMIN);
    SystemUser other = systemUser("other", Role.ADMIN);

    assertThatThrownBy(() -> system.changeRole(Role.READ_ONLY_ADMIN))
        .isInstanceOf(IllegalArgumentException.class);
    other.changeRole(Role.READ_ONLY_ADMIN);
    assertThat(other.securityGroup()).isEqualTo("READ_ONLY_ADMIN");
  }

  @Test
  void apiUsersNeverUseTheConsole() {
    assertThat(Role.API_USER.mayUseConsole()).isFalse();
    assertThat(Role.READ_ONLY_API_USER.mayUseConsole()).isFalse();
    assertThat(Role.READ_ONLY_ADMIN.mayUseConsole()).isTrue();
  }

  @Test
  void everyAccountGetsARandomSecurityStampOf128Bits() {
    String first = systemUser("one", Role.ADMIN).securityStamp();
    String second = systemUser("two", Role.ADMIN).securityStamp();

    assertThat(first).matches("[0-9a-f]{32}");
    assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
  }

  @Test
  void newPasswordRoleOrRevocationDrawsANewStamp() {
    SystemUser user = systemUser("admin2", Role.ADMIN);
    String issued = user.securityStamp();

    user.changePasswordHash("$rehashed");
    assertThat(user.securityStamp()).as("a rehash of the same password").isEqualTo(issued);
    user.changeRole(Role.ADMIN);
    assertThat(user.securityStamp()).as("the same role").isEqualTo(issued);

    user.changeRole(Role.READ_ONLY_ADMIN);
    String afterDemotion = user.securityStamp();
    assertThat(afterDemotion).isNotEqualTo(issued);
    user.changePassword("$new");
    String afterPassword = user.securityStamp();
    assertThat(afterPassword).isNotEqualTo(afterDemotion);
    user.revokeSessions();
    assertThat(user.securityStamp()).isNotEqualTo(afterPassword);
  }

  @Test
  void disablingRevokesAndEnablingLetsTheAccountLogInAgain() {
    BackupUser user = backupUser(PolicyGroup.createDefault());
    String issued = user.securityStamp();

    user.disable();
    assertThat(user.isDisabled()).isTrue();
    assertThat(user.securityStamp()).isNotEqualTo(issued);

    user.enable();
    assertThat(user.isDisabled()).isFalse();
  }

  @Test
  private static BackupUser backupUser(PolicyGroup group) {
    return new BackupUser("user1", "$hash", BackupUserType.PAID, group, NOW);
  }

  private static SystemUser systemUser(String name, Role role) {
    return new SystemUser(name, "$hash", role, NOW);
  }
}
