package com.twofactor.sms.entity;

import com.twofactor.config.SecretCipher;
import com.twofactor.config.UnreadableSecretException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The Twilio settings of an install upgraded from the legacy version: at most one row, which exists
 * only between the import of the legacy settings and the switch to mobile authentication. The auth
 * token is encrypted (AES-GCM, bound to this row) in a table of its own and never leaves the server
 * except towards Twilio.
 */
@Entity
@Table(name = "twilio_settings")
@SecondaryTable(name = "twilio_secret", pkJoinColumns = @PrimaryKeyJoinColumn(name = "settings_id"))
public class TwilioSettings {

  public static final int ID = 1;
  public static final int MIN_PASSCODE_LENGTH = 4;
  public static final int MAX_PASSCODE_LENGTH = 10;

  private static final String SECRET_RECORD = "twilio_secret:settings=" + ID;

  @Id private Integer id;

  @Column(name = "account_sid", nullable = false, length = 64)
  private String accountSid;

  @Column(table = "twilio_secret", name = "auth_token_ciphertext", nullable = false, length = 512)
  private String authTokenCiphertext;

  @Column(name = "sender_country", nullable = false, length = 2)
  private String senderCountry;

  @Column(name = "sender_number", nullable = false, length = 16)
  private String senderNumber;

  @Column(name = "passcode_length", nullable = false)
  private int passcodeLength;

  @Column(name = "resend_cooldown_minutes", nullable = false)
  private int resendCooldownMinutes;

  @Column(name = "expiry_minutes", nullable = false)
  private int expiryMinutes;

  @Column(name = "max_invalid_attempts", nullable = false)
  private int maxInvalidAttempts;

  @Column(name = "max_consecutive_sends", nullable = false)
  private int maxConsecutiveSends;

  @Column(name = "legacy_clients_may_skip", nullable = false)
  private boolean legacyClientsMaySkip;

  @Column(name = "last_tested_at")
  private Instant lastTestedAt;

  @Column(name = "last_sent_at", insertable = false, updatable = false)
  private Instant lastSentAt;

  @Column(name = "last_send_failure", insertable = false, updatable = false)
  private String lastSendFailure;

  @Column(name = "last_send_failure_at", insertable = false, updatable = false)
  private Instant lastSendFailureAt;

  @Version private long version;

  protected TwilioSettings() {}

  /** Settings as imported from the legacy install. */
  public TwilioSettings(TwilioCredentials credentials, SmsLimits limits) {
    this.id = ID;
    apply(credentials, limits);
  }

  /**
   * A whole new state: the credentials (a {@code null} auth token keeps the stored one) and the
   * limits, each checked.
   */
  public void apply(TwilioCredentials credentials, SmsLimits limits) {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(limits, "limits");
    if (credentials.authToken() == null && authTokenCiphertext == null) {
      throw new IllegalArgumentException("Enter the Twilio auth token");
    }
    boolean changedCredentials =
        !credentials.accountSid().equals(accountSid)
            || credentials.authToken() != null
            || !credentials.senderNumber().equals(senderNumber);
    this.accountSid = credentials.accountSid();
    if (credentials.authToken() != null) {
      this.authTokenCiphertext =
          SecretCipher.fromConfig()
              .encrypt(credentials.authToken().getBytes(StandardCharsets.UTF_8), SECRET_RECORD);
    }
    this.senderCountry = credentials.senderCountry();
    this.senderNumber = credentials.senderNumber();
    this.passcodeLength = limits.passcodeLength();
    this.resendCooldownMinutes = limits.resendCooldownMinutes();
    this.expiryMinutes = limits.expiryMinutes();
    this.maxInvalidAttempts = limits.maxInvalidAttempts();
    this.maxConsecutiveSends = limits.maxConsecutiveSends();
    this.legacyClientsMaySkip = limits.legacyClientsMaySkip();
    if (changedCredentials) {
      lastTestedAt = null;
    }
  }

  /** The Test sent a passcode with these credentials and it came back. */
  public void recordSuccessfulTest(Instant at) {
    this.lastTestedAt = at;
  }

  public String accountSid() {
    return accountSid;
  }

  /**
   * Whether {@code cipher} decrypts the stored auth token, for checking whether a key is the one it
   * was encrypted under; the token itself is wiped at once.
   */
  public boolean authTokenReadableWith(SecretCipher cipher) {
    try {
      Arrays.fill(cipher.decrypt(authTokenCiphertext, SECRET_RECORD), (byte) 0);
      return true;
    } catch (UnreadableSecretException e) {
      return false;
    }
  }

  /** The auth token in clear, for the request to Twilio only. */
  public String authToken() {
    return new String(
        SecretCipher.fromConfig().decrypt(authTokenCiphertext, SECRET_RECORD),
        StandardCharsets.UTF_8);
  }

  public String senderCountry() {
    return senderCountry;
  }

  /** The sender in E.164. */
  public String senderNumber() {
    return senderNumber;
  }

  public SmsLimits limits() {
    return new SmsLimits(
        passcodeLength,
        resendCooldownMinutes,
        expiryMinutes,
        maxInvalidAttempts,
        maxConsecutiveSends,
        legacyClientsMaySkip);
  }

  public Duration resendCooldown() {
    return Duration.ofMinutes(resendCooldownMinutes);
  }

  public Duration expiry() {
    return Duration.ofMinutes(expiryMinutes);
  }

  public Optional<Instant> lastTestedAt() {
    return Optional.ofNullable(lastTestedAt);
  }

  /**
   * How the SMS channel did lately, for the dashboard: written by {@link
   * TwilioSettingsRepository#recordSent} and {@link TwilioSettingsRepository#recordSendFailure}.
   */
  public ChannelState channel() {
    return new ChannelState(
        Optional.ofNullable(lastSentAt),
        Optional.ofNullable(lastSendFailure),
        Optional.ofNullable(lastSendFailureAt));
  }

  /** The last SMS sent, and the last failure to send one with its reason. */
  public record ChannelState(
      Optional<Instant> lastSentAt, Optional<String> lastFailure, Optional<Instant> lastFailureAt) {

    /** Whether the last attempt failed. */
    public boolean failing() {
      return lastFailureAt.isPresent()
          && (lastSentAt.isEmpty() || lastFailureAt.get().isAfter(lastSentAt.get()));
    }
  }

  public long version() {
    return version;
  }
}
