package com.twofactor.settings.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.ConsoleClient;
import com.twofactor.it.RunningApp;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** System Settings › Basic as the server renders it for each kind of console user. */
@ExtendWith(RunningApp.class)
class BasicSettingsPageIT {

  private static final String PAGE = "/admin/settings/basic.xhtml";
  private static final String PASSWORD = "a-good-password";

  private static final Pattern DISABLED_SAVE =
      Pattern.compile("<button id=\"settings:save\"[^>]*disabled");

  @Test
  void adminSeesTheTwoFactorTabWithItsControls() throws IOException {
    var session = ConsoleClient.login(RunningApp.baseUrl(), "system", RunningApp.adminPassword());

    Api.Answer page = session.get(PAGE);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Two-Factor Authentication (2FA)")
        .contains("id=\"settings:tabs:mobileAuthentication\"")
        .contains("id=\"settings:tabs:authenticatorApp\"")
        .contains("Branded mobile app")
        .contains("Microsoft Authenticator")
        .contains("Google Authenticator")
        .contains("Third-party authenticators")
        .contains("id=\"settings:tabs:hostName\"")
        .contains("id=\"settings:tabs:testHost\"")
        .contains("Require Two-Factor Authentication for system users logon")
        .contains("id=\"menu:twoFactorSettings\"")
        .doesNotContain("read-only access");
    assertThat(DISABLED_SAVE.matcher(page.body()).find()).isFalse();
  }

  @Test
  void readOnlyAdminSeesTheTabWithEveryControlDisabled() throws IOException {
    var api = new Api(RunningApp.baseUrl());
    String name = Api.uniqueName("auditor");
    api.createSystemUser(name, "READ_ONLY_ADMIN", PASSWORD);
    var session = ConsoleClient.login(RunningApp.baseUrl(), name, PASSWORD);

    Api.Answer page = session.get(PAGE);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("read-only access")
        .contains("settings:tabs:mobileAuthentication");
    assertThat(DISABLED_SAVE.matcher(page.body()).find()).isTrue();
  }

  @Test
  void subAdminCannotOpenThePage() {
    var api = new Api(RunningApp.baseUrl());
    String name = Api.uniqueName("reseller");
    api.createSystemUser(name, "SUB_ADMIN", PASSWORD);
    var session = ConsoleClient.login(RunningApp.baseUrl(), name, PASSWORD);

    assertThat(session.get(PAGE).status()).isEqualTo(403);
  }
}
