package com.twofactor.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The two-factor settings of the server: the single row of its table. */
@Entity
@Table(name = "two_factor_settings")
public class TwoFactorSettings {

  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "mobile_authentication", nullable = false)
  private boolean mobileAuthentication;

  @Enumerated(EnumType.STRING)
  @Column(name = "authenticator_app", nullable = false, length = 32)
  private AuthenticatorApp authenticatorApp;

  @Column(name = "third_party_name", length = 64)
  private String thirdPartyName;

  @Embedded private HostRegistration host;

  @Column(name = "host_last_tested_at")
  private Instant hostLastTestedAt;

  @Column(name = "require_for_system_users", nullable = false)
  private boolean requireForSystemUsers;

  @Column(name = "twilio_retired", nullable = false)
  private boolean twilioRetired;

  @Version private long version;

  protected TwoFactorSettings() {}

  /**
   * Applies a whole new state at once, so the invariants are checked on the result and not on a
   * half-changed row: the branded app needs a host while mobile authentication is on, a third-party
   * app needs a display name.
   */
  public void apply(
      boolean mobileAuthenticationOn,
      AuthenticatorApp app,
      String thirdPartyDisplayName,
      HostRegistration newHost,
      boolean requiredForSystemUsers) {
    Objects.requireNonNull(app, "app");
    String displayName =
        thirdPartyDisplayName == null || thirdPartyDisplayName.isBlank()
            ? null
            : thirdPartyDisplayName.strip();
    if (app == AuthenticatorApp.THIRD_PARTY && displayName == null) {
      throw new IllegalArgumentException("Give the third-party authenticator app a display name");
    }
    if (mobileAuthenticationOn
        && app == AuthenticatorApp.BRANDED_MOBILE_APP
        && (newHost == null || !newHost.isComplete())) {
      throw new IllegalArgumentException(
          "The branded mobile app needs the host name registration (protocol, host name, port)");
    }
    if (!Objects.equals(newHost, host)) {
      hostLastTestedAt = null;
    }
    this.mobileAuthentication = mobileAuthenticationOn;
    this.authenticatorApp = app;
    this.thirdPartyName = app == AuthenticatorApp.THIRD_PARTY ? displayName : null;
    this.host = newHost;
    this.requireForSystemUsers = requiredForSystemUsers;
  }

  /** System users are no longer required to use two-factor authentication. */
  public void stopRequiringSystemUsers() {
    this.requireForSystemUsers = false;
  }

  /** Legacy Twilio SMS is gone for good; it can never be set up again. */
  public void retireTwilio() {
    this.twilioRetired = true;
  }

  public boolean mobileAuthentication() {
    return mobileAuthentication;
  }

  public AuthenticatorApp authenticatorApp() {
    return authenticatorApp;
  }

  public Optional<String> thirdPartyName() {
    return Optional.ofNullable(thirdPartyName);
  }

  public Optional<HostRegistration> host() {
    return Optional.ofNullable(host).filter(HostRegistration::isComplete);
  }

  public Optional<Instant> hostLastTestedAt() {
    return Optional.ofNullable(hostLastTestedAt);
  }

  public boolean requireForSystemUsers() {
    return requireForSystemUsers;
  }

  public boolean twilioRetired() {
    return twilioRetired;
  }

  public long version() {
    return version;
  }
}
