package com.twofactor.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A policy group of backup users. */
@Entity
@Table(name = "policy_group")
public class PolicyGroup {

  public static final String DEFAULT_NAME = "Default";

  @Id
  @SequenceGenerator(
      name = "policy_group_seq",
      sequenceName = "policy_group_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_group_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String name;

  @Column(name = "require_two_factor", nullable = false)
  private boolean requireTwoFactor;

  @Column(name = "default_group", nullable = false)
  private boolean defaultGroup;

  @Version private long version;

  protected PolicyGroup() {}

  private PolicyGroup(String name, boolean requireTwoFactor, boolean defaultGroup) {
    this.name = requireName(name);
    this.requireTwoFactor = requireTwoFactor;
    this.defaultGroup = defaultGroup;
  }

  /** A group created by an administrator. */
  public static PolicyGroup named(String name, boolean requireTwoFactor) {
    return new PolicyGroup(name, requireTwoFactor, false);
  }

  /** The group new backup users join when none is given; created at first start. */
  public static PolicyGroup createDefault() {
    return new PolicyGroup(DEFAULT_NAME, false, true);
  }

  public void changeTwoFactorRequirement(boolean required) {
    this.requireTwoFactor = required;
  }

  public void rename(String newName) {
    this.name = requireName(newName);
  }

  private static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A policy group needs a name");
    }
    return name.strip();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public boolean requiresTwoFactor() {
    return requireTwoFactor;
  }

  public boolean isDefaultGroup() {
    return defaultGroup;
  }
}
