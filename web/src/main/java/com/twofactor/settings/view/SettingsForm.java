package com.twofactor.settings.view;

import com.twofactor.settings.boundary.HostAddress;
import com.twofactor.settings.boundary.HostDetails;
import com.twofactor.settings.boundary.TwilioState;
import com.twofactor.settings.boundary.TwoFactorSettingsChanges;
import com.twofactor.settings.boundary.TwoFactorSettingsDetails;
import com.twofactor.settings.entity.AuthenticatorApp;
import java.io.Serializable;
import java.time.Instant;

/** What the Two-Factor Authentication (2FA) tab edits, filled from and turned into the DTOs. */
public class SettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long version;
  private boolean mobileAuthentication;
  private AuthenticatorApp authenticatorApp;
  private String thirdPartyName;
  private String protocol = "https";
  private String hostName;
  private Integer port = 443;
  private Instant hostLastTestedAt;
  private boolean requireForSystemUsers;
  private TwilioState twilio = TwilioState.NONE;
  private boolean confirmTwilioRemoval;

  static SettingsForm of(TwoFactorSettingsDetails view) {
    SettingsForm form = new SettingsForm();
    form.version = view.version();
    form.mobileAuthentication = view.mobileAuthentication();
    form.authenticatorApp = view.authenticatorApp();
    form.thirdPartyName = view.thirdPartyName();
    HostDetails host = view.host();
    if (host != null) {
      form.protocol = host.protocol();
      form.hostName = host.name();
      form.port = host.port();
      form.hostLastTestedAt = host.lastTestedAt();
    }
    form.requireForSystemUsers = view.requireForSystemUsers();
    form.twilio = view.twilio();
    return form;
  }

  /** The host as entered, or none while no host name is entered. */
  HostAddress host() {
    return hostName == null || hostName.isBlank()
        ? null
        : new HostAddress(protocol, hostName, port);
  }

  TwoFactorSettingsChanges change() {
    return new TwoFactorSettingsChanges(
        version,
        mobileAuthentication,
        authenticatorApp,
        authenticatorApp == AuthenticatorApp.THIRD_PARTY ? thirdPartyName : null,
        host(),
        requireForSystemUsers,
        confirmTwilioRemoval);
  }

  void hostTested(Instant at) {
    hostLastTestedAt = at;
  }

  /** Legacy Twilio SMS is on: switching mobile authentication on retires it, after a warning. */
  public boolean isTwilioActive() {
    return twilio == TwilioState.ACTIVE;
  }

  public boolean isConfirmTwilioRemoval() {
    return confirmTwilioRemoval;
  }

  /** Set by the warning dialog's Confirm, never without it. */
  public void setConfirmTwilioRemoval(boolean confirmTwilioRemoval) {
    this.confirmTwilioRemoval = confirmTwilioRemoval;
  }

  public boolean isBrandedApp() {
    return authenticatorApp == AuthenticatorApp.BRANDED_MOBILE_APP;
  }

  public boolean isThirdPartyApp() {
    return authenticatorApp == AuthenticatorApp.THIRD_PARTY;
  }

  public boolean isMobileAuthentication() {
    return mobileAuthentication;
  }

  public void setMobileAuthentication(boolean mobileAuthentication) {
    this.mobileAuthentication = mobileAuthentication;
  }

  public AuthenticatorApp getAuthenticatorApp() {
    return authenticatorApp;
  }

  public void setAuthenticatorApp(AuthenticatorApp authenticatorApp) {
    this.authenticatorApp = authenticatorApp;
  }

  public String getThirdPartyName() {
    return thirdPartyName;
  }

  public void setThirdPartyName(String thirdPartyName) {
    this.thirdPartyName = thirdPartyName;
  }

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public String getHostName() {
    return hostName;
  }

  public void setHostName(String hostName) {
    this.hostName = hostName;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public Instant getHostLastTestedAt() {
    return hostLastTestedAt;
  }

  public boolean isRequireForSystemUsers() {
    return requireForSystemUsers;
  }

  public void setRequireForSystemUsers(boolean requireForSystemUsers) {
    this.requireForSystemUsers = requireForSystemUsers;
  }
}
