package com.twofactor.settings.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.settings.entity.TwoFactorSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
  public List<String> changesTo(TwoFactorSettingsDetails after) {
    List<String> changes = new ArrayList<>();
    compare(changes, "mobileAuthentication", mobileAuthentication, after.mobileAuthentication);
    compare(changes, "authenticatorApp", authenticatorApp, after.authenticatorApp);
    compare(changes, "thirdPartyName", thirdPartyName, after.thirdPartyName);
    compare(changes, "host", url(host), url(after.host));
    compare(changes, "requireForSystemUsers", requireForSystemUsers, after.requireForSystemUsers);
    compare(changes, "twilio", twilio, after.twilio);
    return changes;
  }

  private static void compare(List<String> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(
          Audited.change(field, before == null ? "none" : before, after == null ? "none" : after));
    }
  }

  private static String url(HostDetails host) {
    return host == null ? null : host.protocol() + "://" + host.name() + ":" + host.port();
  }
}
