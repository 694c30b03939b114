package com.twofactor.users.entity;

import com.twofactor.policy.entity.PolicyGroup;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The owner of backup sets, logging in from a backup client (OBM or ACB) or the console. */
@Entity
@Table(name = "backup_account")
@DiscriminatorValue("BACKUP")
public class BackupUser extends Account {

  /** Dotted numeric client versions such as {@code 8.3.0.30} or {@code 10.1.0.0}. */
  public static final String CLIENT_VERSION_PATTERN = "\\d{1,4}(\\.\\d{1,4}){0,3}";

  private static final Pattern CLIENT_VERSION = Pattern.compile(CLIENT_VERSION_PATTERN);

  @Column(length = 128)
  private String alias;

  @Enumerated(EnumType.STRING)
  @Column(name = "user_type", nullable = false, length = 8)
  private BackupUserType type;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private SystemUser owner;

  @ManyToOne(optional = false)
  @JoinColumn(name = "policy_group_id", nullable = false)
  private PolicyGroup policyGroup;

  @Enumerated(EnumType.STRING)
  @Column(name = "client_type", length = 8)
  private ClientType clientType;

  @Column(name = "client_version", length = 32)
  private String clientVersion;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  protected BackupUser() {}

  public BackupUser(
      String loginName,
      String passwordHash,
      BackupUserType type,
      PolicyGroup policyGroup,
      Instant registeredAt) {
    super(loginName, passwordHash, registeredAt);
    this.type = Objects.requireNonNull(type, "type");
    this.policyGroup = Objects.requireNonNull(policyGroup, "policyGroup");
    this.registeredAt = registeredAt;
  }

  /** Only a sub-admin owns backup users; {@code null} leaves the user to the admins. */
  public void assignOwner(SystemUser newOwner) {
    if (newOwner != null && newOwner.role() != Role.SUB_ADMIN) {
      throw new IllegalArgumentException("Only a sub-admin can own backup users");
    }
    this.owner = newOwner;
  }

  public void moveToPolicyGroup(PolicyGroup group) {
    this.policyGroup = Objects.requireNonNull(group, "group");
  }

  public void changeAlias(String newAlias) {
    this.alias = newAlias == null || newAlias.isBlank() ? null : newAlias.strip();
  }

  public void changeType(BackupUserType newType) {
    this.type = Objects.requireNonNull(newType, "newType");
  }

  /** The client and version this user last connected with. */
  public void recordClient(ClientType client, String version) {
    if (version != null && !CLIENT_VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("A client version looks like 10.1.0.0");
    }
    this.clientType = client;
    this.clientVersion = version;
  }

  public boolean isOwnedBy(String subAdminLoginName) {
    return owner != null && owner.loginName().equals(subAdminLoginName);
  }

  public TwoFactorState twoFactorState() {
    if (policyGroup.requiresTwoFactor()) {
      return TwoFactorState.ENFORCED;
    }
    return isTwoFactorEnabled() ? TwoFactorState.ENABLED : TwoFactorState.DISABLED;
  }

  public Optional<String> alias() {
    return Optional.ofNullable(alias);
  }

  public BackupUserType type() {
    return type;
  }

  public Optional<SystemUser> owner() {
    return Optional.ofNullable(owner);
  }

  public PolicyGroup policyGroup() {
    return policyGroup;
  }

  public Optional<ClientType> clientType() {
    return Optional.ofNullable(clientType);
  }

  public Optional<String> clientVersion() {
    return Optional.ofNullable(clientVersion);
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  @Override
  public String securityGroup() {
    return Role.BACKUP_USER;
  }
}
