package com.twofactor.sms.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh install never had Twilio: it neither shows nor accepts Twilio settings. */
@ExtendWith(RunningApp.class)
class TwilioOnFreshInstallIT {

  private final Api api = new Api(RunningApp.baseUrl());

  @Test
  void freshInstallRefusesEveryTwilioRequest() {
    String admin = api.adminToken();
    Api.Answer read = api.get("/api/v1/settings/twilio", admin);
    assertThat(read.status()).isEqualTo(409);
    assertThat(read.body()).contains("only kept on servers upgraded");
    assertThat(
            api.put("/api/v1/settings/twilio", TwilioSettingsApiIT.changes(0, 6, "token"), admin)
                .status())
        .isEqualTo(409);
    assertThat(
            api.post(
                    "/api/v1/settings/twilio/test",
                    "{\"country\":\"HK\",\"number\":\"92153799\"}",
                    admin)
                .status())
        .isEqualTo(409);
    assertThat(api.delete("/api/v1/settings/twilio?confirm=true", admin).status()).isEqualTo(409);
    assertThat(
            api.post(
                    "/api/v1/accounts/system/phones",
                    "{\"country\":\"HK\",\"number\":\"92153799\"}",
                    admin)
                .status())
        .isEqualTo(409);
    assertThat(api.get("/api/v1/settings/two-factor", admin).json().getString("twilio"))
        .isEqualTo("NONE");
    assertThat(TwilioSettingsApiIT.twilioChannel(api)).startsWith("NOT_CONFIGURED: ");
  }
}
