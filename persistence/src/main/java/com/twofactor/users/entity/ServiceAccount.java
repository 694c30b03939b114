package com.twofactor.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The account of another server connecting for replication or as a redirector: created by an admin,
 * it logs in only with its own connection type, is not covered by two-factor authentication, and
 * its tokens carry its service scope and no role of a person.
 */
@Entity
@Table(name = "service_account")
@DiscriminatorValue("SERVICE")
public class ServiceAccount extends Account {

  public static final int DESCRIPTION_LENGTH = 255;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_kind", nullable = false, length = 16, updatable = false)
  private ServiceKind kind;

  @Column(length = DESCRIPTION_LENGTH)
  private String description;

  protected ServiceAccount() {}

  public ServiceAccount(
      String loginName,
      String passwordHash,
      ServiceKind kind,
      String description,
      Instant createdAt) {
    super(loginName, passwordHash, createdAt);
    this.kind = Objects.requireNonNull(kind, "kind");
    if (description != null && description.length() > DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException(
          "A description is at most " + DESCRIPTION_LENGTH + " characters");
    }
    this.description = description == null || description.isBlank() ? null : description.strip();
  }

  public ServiceKind kind() {
    return kind;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public String securityGroup() {
    return kind.securityGroup();
  }
}
