package com.twofactor.totp.entity;

import com.twofactor.config.SecretCipher;
import com.twofactor.config.UnreadableSecretException;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.users.entity.Account;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An authenticator app an account paired, or is pairing (not yet paired until the user typed a
 * valid code). The TOTP secret is encrypted at rest and kept in a table of its own, bound to this
 * device and its account: the cipher's additional data names both, so a ciphertext copied into
 * another device's row does not decrypt. The device encrypts its secret itself once its id is
 * assigned ({@link #sealSecret}), since a JPA converter does not know the row it converts for.
 *
 * <p>Longer than most classes here: its length is the mapping of a device's columns and their
 * accessors; the behaviour (pairing, renaming, sealing) is a few short methods, and splitting the
 * columns over several classes would only scatter one row.
 */
@Entity
@Table(name = "authenticator_device")
@SecondaryTable(
    name = "authenticator_secret",
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "device_id"))
public class AuthenticatorDevice {

  /** The longest device name. */
  public static final int NAME_LENGTH = 64;

  @Id
  @SequenceGenerator(
      name = "authenticator_device_seq",
      sequenceName = "authenticator_device_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authenticator_device_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private DeviceKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private AuthenticatorApp app;

  @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "totp_algorithm", nullable = false, length = 8, updatable = false)
  private TotpAlgorithm algorithm;

  @Column(name = "totp_digits", nullable = false, updatable = false)
  private int digits;

  @Column(name = "totp_period_seconds", nullable = false, updatable = false)
  private int periodSeconds;

  @Basic(fetch = FetchType.LAZY)
  @Column(
      table = "authenticator_secret",
      name = "secret_ciphertext",
      nullable = false,
      length = 256,
      updatable = false)
  private String sealedSecret;

  /** The secret in clear between {@link #beginPairing} and {@link #sealSecret}, never stored. */
  @Transient private byte[] unsealedSecret;

  @Column(name = "last_accepted_step")
  private Long lastAcceptedStep;

  @Column(name = "pairing_challenge_id", length = 32)
  private String pairingChallengeId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "paired_at")
  private Instant pairedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Version private long version;

  protected AuthenticatorDevice() {}

  private AuthenticatorDevice(
      Account account,
      AuthenticatorApp app,
      byte[] secret,
      TotpAlgorithm algorithm,
      int digits,
      Duration period,
      String pairingChallengeId,
      Instant now) {
    this.account = Objects.requireNonNull(account, "account");
    this.kind =
        app == AuthenticatorApp.BRANDED_MOBILE_APP ? DeviceKind.MOBILE_APP : DeviceKind.TOTP_APP;
    this.app = app;
    this.name = app.name();
    this.unsealedSecret = secret.clone();
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.digits = digits;
    this.periodSeconds = Math.toIntExact(period.toSeconds());
    this.pairingChallengeId = pairingChallengeId;
    this.createdAt = now;
  }

  /**
   * Starts pairing an authenticator app: not paired, and not counted, until {@link #pair} with a
   * code the app computed.
   *
   * @param pairingChallengeId the login this pairing is part of, if any
   */
  public static AuthenticatorDevice beginPairing(
      Account account,
      AuthenticatorApp app,
      byte[] secret,
      TotpAlgorithm algorithm,
      int digits,
      Duration period,
      String pairingChallengeId,
      Instant now) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("A TOTP secret has at least 128 bits");
    }
    return new AuthenticatorDevice(
        account, app, secret, algorithm, digits, period, pairingChallengeId, now);
  }

  /** The user typed a valid code from step {@code step}: the device is paired and named. */
  public void pair(String deviceName, long step, Instant now) {
    if (isPaired()) {
      throw new IllegalStateException("The device is already paired");
    }
    rename(deviceName);
    this.pairedAt = now;
    this.lastAcceptedStep = step;
    this.lastUsedAt = now;
    this.pairingChallengeId = null;
  }

  public void rename(String newName) {
    String stripped = newName == null ? "" : newName.strip();
    if (stripped.isEmpty() || stripped.length() > NAME_LENGTH) {
      throw new IllegalArgumentException("A device name is 1 to " + NAME_LENGTH + " characters");
    }
    this.name = stripped;
  }

  public boolean isPaired() {
    return pairedAt != null;
  }

  public Long id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public DeviceKind kind() {
    return kind;
  }

  public AuthenticatorApp app() {
    return app;
  }

  public String name() {
    return name;
  }

  /**
   * Encrypts the secret into its stored form, bound to this device and its account; called once the
   * device is persisted and has its id, before the transaction commits.
   */
  public void sealSecret() {
    sealSecret(SecretCipher.fromConfig());
  }

  void sealSecret(SecretCipher cipher) {
    if (unsealedSecret == null) {
      return;
    }
    if (id == null) {
      throw new IllegalStateException("A device's secret is sealed once the device has its id");
    }
    sealedSecret = cipher.encrypt(unsealedSecret, secretRecord());
    Arrays.fill(unsealedSecret, (byte) 0);
    unsealedSecret = null;
  }

  /**
   * The secret, decrypted; keep it out of logs and answers.
   *
   * @throws UnreadableSecretException when the stored secret was not encrypted for this device
   *     under this installation's key (copied from another row, altered, or another key)
   */
  public byte[] secret() {
    return secret(SecretCipher.fromConfig());
  }

  /**
   * The secret decrypted with {@code cipher} rather than the installation's, for checking whether a
   * key is the one the stored secrets were encrypted under.
   */
  public byte[] secret(SecretCipher cipher) {
    if (unsealedSecret != null) {
      return unsealedSecret.clone();
    }
    return cipher.decrypt(sealedSecret, secretRecord());
  }

  /** What the stored secret is bound to: this device of this account. */
  private String secretRecord() {
    return "authenticator_secret:device=" + id + ":account=" + account.id();
  }

  public TotpAlgorithm algorithm() {
    return algorithm;
  }

  public int digits() {
    return digits;
  }

  public Duration period() {
    return Duration.ofSeconds(periodSeconds);
  }

  public Optional<Long> lastAcceptedStep() {
    return Optional.ofNullable(lastAcceptedStep);
  }

  public Optional<String> pairingChallengeId() {
    return Optional.ofNullable(pairingChallengeId);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> pairedAt() {
    return Optional.ofNullable(pairedAt);
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }
}
