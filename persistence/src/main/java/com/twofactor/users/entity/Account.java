package com.twofactor.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Anything that logs in with a login name and a password. */
@Entity
@Table(name = "account")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "account_type", length = 16)
public abstract class Account {

  /** Letters, digits and {@code . _ @ -}, starting with a letter or digit, at most 64. */
  public static final String LOGIN_NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}";

  private static final Pattern LOGIN_NAME = Pattern.compile(LOGIN_NAME_PATTERN);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(name = "login_name", nullable = false, unique = true, length = 64, updatable = false)
  private String loginName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "two_factor_enabled", nullable = false)
  private boolean twoFactorEnabled;

  @Column(name = "skip_setup_prompt", nullable = false)
  private boolean skipSetupPrompt;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Carried by every access token and console session of the account; a new one ends them all. */
  @Column(name = "security_stamp", nullable = false, length = 32)
  private String securityStamp;

  @Column(nullable = false)
  private boolean disabled;

  @Version private long version;

  protected Account() {}

  protected Account(String loginName, String passwordHash, Instant createdAt) {
    this.loginName = requireLoginName(loginName);
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.securityStamp = newSecurityStamp();
  }

  public static String requireLoginName(String loginName) {
    if (loginName == null || !LOGIN_NAME.matcher(loginName).matches()) {
      throw new IllegalArgumentException(
          "A login name is 1 to 64 letters, digits or . _ @ -, starting with a letter or digit");
    }
    return loginName;
  }

  /** The security group, and so the role, of this account's logins. */
  public abstract String securityGroup();

  /** The same password, hashed anew (a stronger algorithm): sessions go on. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
  }

  /** A new password: whoever logged in with the old one logs in again. */
  public void changePassword(String newHash) {
    changePasswordHash(newHash);
    revokeSessions();
  }

  /**
   * Ends every access token and console session of the account: they carry the security stamp, and
   * this draws a new one (128 random bits).
   */
  public void revokeSessions() {
    this.securityStamp = newSecurityStamp();
  }

  /** The account can no longer log in, and its tokens and sessions stop. */
  public void disable() {
    this.disabled = true;
    revokeSessions();
  }

  public void enable() {
    this.disabled = false;
  }

  public void enableTwoFactor() {
    switchTwoFactor(true);
  }

  public void disableTwoFactor() {
    switchTwoFactor(false);
  }

  /** Switches two-factor authentication on or off for this account. */
  public void switchTwoFactor(boolean enabled) {
    this.twoFactorEnabled = enabled;
  }

  /** "Do not show this message again" on the skippable 2FA setup prompt. */
  public void stopShowingSetupPrompt() {
    this.skipSetupPrompt = true;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public Long id() {
    return id;
  }

  public String loginName() {
    return loginName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isTwoFactorEnabled() {
    return twoFactorEnabled;
  }

  public boolean skipsSetupPrompt() {
    return skipSetupPrompt;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String securityStamp() {
    return securityStamp;
  }

  public boolean isDisabled() {
    return disabled;
  }

  private static String newSecurityStamp() {
    byte[] stamp = new byte[16];
    RANDOM.nextBytes(stamp);
    return HexFormat.of().formatHex(stamp);
  }
}
