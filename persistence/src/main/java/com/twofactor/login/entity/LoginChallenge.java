package com.twofactor.login.entity;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.users.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pending second step of one login, after the password was right. Stored in the database so any
 * node of a cluster can finish it; it expires, and it is used at most once. Its state changes only
 * through the conditional updates of {@link LoginChallengeRepository}, which decide races between
 * nodes in the database.
 */
@Entity
@Table(name = "login_challenge")
public class LoginChallenge {

  @Id
  @Column(length = 32)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Embedded private ClientContext client;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private ChallengeStep step;

  @Column(nullable = false, length = 64, updatable = false)
  private String methods;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ChallengeState state;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "source_address", length = 64, updatable = false)
  private String sourceAddress;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "sms_phone_id")
  private Long smsPhoneId;

  @Column(name = "sms_prefix", length = 4)
  private String smsPrefix;

  @Column(name = "sms_passcode_hash", length = 64)
  private String smsPasscodeHash;

  @Column(name = "sms_expires_at")
  private Instant smsExpiresAt;

  @Column(name = "sms_sent_at")
  private Instant smsSentAt;

  @Column(name = "sms_sends", nullable = false)
  private int smsSends;

  @Version private long version;

  protected LoginChallenge() {}

  /**
   * @param id an unguessable identifier (128 random bits, hex)
   * @param client where the login comes from (CONSOLE, API, OBM …)
   */
  public LoginChallenge(
      String id,
      Account account,
      ClientContext client,
      ChallengeStep step,
      Set<ChallengeMethod> methods,
      String sourceAddress,
      Instant createdAt,
      Instant expiresAt) {
    if (id == null || !id.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("A challenge id is 32 hex digits");
    }
    if (step == ChallengeStep.CHALLENGE && methods.isEmpty()) {
      throw new IllegalArgumentException("A challenge needs a method to answer it");
    }
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A challenge expires after it is created");
    }
    this.id = id;
    this.account = Objects.requireNonNull(account, "account");
    this.client = Objects.requireNonNull(client, "client");
    this.step = Objects.requireNonNull(step, "step");
    this.methods =
        methods.stream().map(ChallengeMethod::name).sorted().collect(Collectors.joining(","));
    this.state = ChallengeState.PENDING;
    this.sourceAddress = sourceAddress;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Pending and not yet expired: the user may still answer it. */
  public boolean isOpenAt(Instant now) {
    return state == ChallengeState.PENDING && expiresAt.isAfter(now);
  }

  public String id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public ClientContext client() {
    return client;
  }

  /** A console login ends in an HTTP session, every other one in an access token. */
  public boolean isConsole() {
    return client.type() == ConnectionType.CONSOLE;
  }

  public ChallengeStep step() {
    return step;
  }

  public Set<ChallengeMethod> methods() {
    Set<ChallengeMethod> set = EnumSet.noneOf(ChallengeMethod.class);
    if (!methods.isEmpty()) {
      Arrays.stream(methods.split(",")).map(ChallengeMethod::valueOf).forEach(set::add);
    }
    return set;
  }

  public ChallengeState state() {
    return state;
  }

  /** Where the password step of this login came from. */
  public String sourceAddress() {
    return sourceAddress;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  /** The SMS passcode sent for this login, if one was: where to, its prefix, until when. */
  public java.util.Optional<SmsPasscode> smsPasscode() {
    if (smsPasscodeHash == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new SmsPasscode(smsPhoneId, smsPrefix, smsPasscodeHash, smsSentAt, smsExpiresAt, smsSends));
  }

  /**
   * The SMS passcode of a login, as stored.
   *
   * @param hash the keyed hash of the whole passcode ({@code PREFIX-DIGITS}), bound to the
   *     challenge
   * @param sends passcodes sent in a row for this login
   */
  public record SmsPasscode(
      Long phoneId, String prefix, String hash, Instant sentAt, Instant expiresAt, int sends) {}
}
