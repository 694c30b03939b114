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
 * @param brandedApp the branded mobile app's display name and store links
 */
public record TwoFactorSettingsDetails(
    boolean mobileAuthentication,
    AuthenticatorApp authenticatorApp,
    String thirdPartyName,
    HostDetails host,
    boolean requireForSystemUsers,
    TwilioState twilio,
    long version,
    BrandedAppDetails brandedApp) {

  public TwoFactorSettingsDetails {
    brandedApp = brandedApp == null ? BrandedAppDetails.NONE : brandedApp;
  }

  /** Settings without branded app details. */
  public TwoFactorSettingsDetails(
      boolean mobileAuthentication,
      AuthenticatorApp authenticatorApp,
      String thirdPartyName,
      HostDetails host,
      boolean requireForSystemUsers,
      TwilioState twilio,
      long version) {
    this(
        mobileAuthentication,
        authenticatorApp,
        thirdPartyName,
        host,
        requireForSystemUsers,
        twilio,
        version,
        BrandedAppDetails.NONE);
  }

  static TwoFactorSettingsDetails of(TwoFactorSettings settings) {
    return new TwoFactorSettingsDetails(
        settings.mobileAuthentication(),
        settings.authenticatorApp(),
        settings.thirdPartyName().orElse(null),
        settings
            .host()
            .map(host -> HostDetails.of(host, settings.hostLastTestedAt().orElse(null)))
            .orElse(null),
        settings.requireForSystemUsers(),
        // ACTIVE comes with the legacy Twilio settings migrated from older installs.
        settings.twilioRetired() ? TwilioState.RETIRED : TwilioState.NONE,
        settings.version(),
        BrandedAppDetails.of(settings));
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
    compare(changes, "brandedApp.name", brandedApp.name(), after.brandedApp.name());
    compare(
        changes,
        "brandedApp.appStoreUrl",
        brandedApp.appStoreUrl(),
        after.brandedApp.appStoreUrl());
    compare(
        changes,
        "brandedApp.playStoreUrl",
        brandedApp.playStoreUrl(),
        after.brandedApp.playStoreUrl());
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
