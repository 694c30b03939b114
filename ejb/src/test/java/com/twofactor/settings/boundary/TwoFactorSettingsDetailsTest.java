package com.twofactor.settings.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.settings.entity.AuthenticatorApp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TwoFactorSettingsDetailsTest {

  private static final TwoFactorSettingsDetails DEFAULTS =
      new TwoFactorSettingsDetails(
          false, AuthenticatorApp.BRANDED_MOBILE_APP, null, null, false, TwilioState.NONE, 0);

  @Test
  void sameSettingsHaveNoChanges() {
    assertThat(DEFAULTS.changesTo(DEFAULTS).entries()).isEmpty();
  }

  @Test
  void eachChangedSettingIsOneLineFromOldToNew() {
    var after =
        new TwoFactorSettingsDetails(
            true,
            AuthenticatorApp.THIRD_PARTY,
            "MyAuthenticator",
            new HostDetails("https", "cbs.example.com", 443, null),
            true,
            TwilioState.NONE,
            1);

    assertThat(DEFAULTS.changesTo(after).entries())
        .containsExactly(
            "mobileAuthentication: false -> true",
            "authenticatorApp: BRANDED_MOBILE_APP -> THIRD_PARTY",
            "thirdPartyName: none -> MyAuthenticator",
            "host: none -> https://cbs.example.com:443",
            "requireForSystemUsers: false -> true");
  }

  @Test
  void versionAndLastTestAreNoChangeOfTheirOwn() {
    var host = new HostDetails("http", "10.0.0.1", 80, null);
    var before = withHost(host, 3);
    var after = withHost(new HostDetails("http", "10.0.0.1", 80, Instant.EPOCH), 4);

    assertThat(before.changesTo(after).entries()).isEmpty();
  }

  private static TwoFactorSettingsDetails withHost(HostDetails host, long version) {
    return new TwoFactorSettingsDetails(
        true, AuthenticatorApp.BRANDED_MOBILE_APP, null, host, false, TwilioState.NONE, version);
  }
}
