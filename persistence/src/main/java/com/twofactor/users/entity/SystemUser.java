package com.twofactor.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An administrator or API user of the backup server. */
@Entity
@Table(name = "system_account")
@DiscriminatorValue("SYSTEM")
public class SystemUser extends Account {

  /** The built-in administrator created at first start. */
  public static final String BUILT_IN_ADMIN = "system";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Role role;

  protected SystemUser() {}

  public SystemUser(String loginName, String passwordHash, Role role, Instant createdAt) {
    super(loginName, passwordHash, createdAt);
    this.role = Objects.requireNonNull(role, "role");
  }

  /**
   * The built-in admin always stays an ADMIN, or nobody could administer the server. Tokens and
   * sessions hold the role they were issued with, so a new role ends them.
   */
  public void changeRole(Role newRole) {
    Objects.requireNonNull(newRole, "newRole");
    if (isBuiltInAdmin() && newRole != Role.ADMIN) {
      throw new IllegalArgumentException("The built-in system admin must stay an ADMIN");
    }
    if (newRole != role) {
      this.role = newRole;
      revokeSessions();
    }
  }

  public boolean isBuiltInAdmin() {
    return BUILT_IN_ADMIN.equals(loginName());
  }

  public Role role() {
    return role;
  }

  @Override
  public String securityGroup() {
    return role.name();
  }
}
