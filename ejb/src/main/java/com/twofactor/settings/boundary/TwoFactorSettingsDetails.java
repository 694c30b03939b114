package com.twofactor.settings.boundary;

import com.twofactor.audit.boundary.ChangeLog;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.settings.entity.TwoFactorSettings;

/**
 * The server's two-factor settings as administrators read them.
 *
 * @param thirdPartyName the display name of a third-party authenticator app, else {@code null}
 * @param host the branded app's host registration, {@code null} until one is saved
 * @param version what a change must name to be accepted (optimistic locking)
 */
public record TwoFactorSettingsDetails(
    boolean mobileAuthentication,
    AuthenticatorApp authenticatorApp,
    String thirdPartyName,
    HostDetails host,
    boolean requireForSystemUsers,
    TwilioState twilio,
    long version) {

  /**
   * @param twilioActive the Twilio settings of an upgraded install are there
   */
  static TwoFactorSettingsDetails of(TwoFactorSettings settings, boolean twilioActive) {
    return new TwoFactorSettingsDetails(
        settings.mobileAuthentication(),
        settings.authenticatorApp(),
        settings.thirdPartyName().orElse(null),
        settings
            .host()
            .map(host -> HostDetails.of(host, settings.hostLastTestedAt().orElse(null)))
            .orElse(null),
        settings.requireForSystemUsers(),
        settings.twilioRetired()
            ? TwilioState.RETIRED
            : twilioActive ? TwilioState.ACTIVE : TwilioState.NONE,
        settings.version());
  }

  /**
   * What differs in {@code after}, one {@code field: old -> new} line per changed setting, for the
   * audit trail. The version and the time of the last Test are no settings of their own.
   */
  public ChangeLog changesTo(TwoFactorSettingsDetails after) {
    return new ChangeLog()
        .compare("mobileAuthentication", mobileAuthentication, after.mobileAuthentication)
        .compare("authenticatorApp", authenticatorApp, after.authenticatorApp)
        .compare("thirdPartyName", thirdPartyName, after.thirdPartyName)
        .compare("host", url(host), url(after.host))
        .compare("requireForSystemUsers", requireForSystemUsers, after.requireForSystemUsers)
        .compare("twilio", twilio, after.twilio);
  }

  private static String url(HostDetails host) {
    return host == null ? null : host.protocol() + "://" + host.name() + ":" + host.port();
  }
}
