package com.twofactor.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.settings.control.SystemUserAccess.Proposal;
import com.twofactor.settings.entity.AuthenticatorApp;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemUserAccessTest {

  @Test
  void nothingIsRefusedWhileMobileAuthenticationIsOff() {
    for (AuthenticatorApp app : AuthenticatorApp.values()) {
      for (boolean flag : List.of(false, true)) {
        assertThat(SystemUserAccess.refusal(new Proposal(false, app, flag, flag, false)))
            .as(app + " " + flag)
            .isEmpty();
      }
    }
  }

  @Test
  void brandedAppIsRefusedWhileItsHostHasNotPassedTheTest() {
    for (boolean require : List.of(false, true)) {
      assertThat(
              SystemUserAccess.refusal(
                  new Proposal(true, AuthenticatorApp.BRANDED_MOBILE_APP, false, require, true)))
          .as("require=" + require)
          .hasValueSatisfying(reason -> assertThat(reason).contains("passed the Test"));
      assertThat(
              SystemUserAccess.refusal(
                  new Proposal(true, AuthenticatorApp.BRANDED_MOBILE_APP, true, require, true)))
          .as("require=" + require + ", tested")
          .isEmpty();
    }
  }

  @Test
  void requiringSystemUsersNeedsTheSavingAdminToHoldASecondFactor() {
    assertThat(
            SystemUserAccess.refusal(
                new Proposal(true, AuthenticatorApp.GOOGLE, false, true, false)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("pair an authenticator app"));
    assertThat(
            SystemUserAccess.refusal(
                new Proposal(true, AuthenticatorApp.GOOGLE, false, true, true)))
        .isEmpty();
  }

  @Test
  void pairableAppsAreAcceptedWhenSystemUsersAreNotRequired() {
    for (AuthenticatorApp app :
        List.of(
            AuthenticatorApp.GOOGLE, AuthenticatorApp.MICROSOFT, AuthenticatorApp.THIRD_PARTY)) {
      assertThat(SystemUserAccess.refusal(new Proposal(true, app, false, false, false)))
          .as(app.name())
          .isEmpty();
    }
  }

  @Test
  void theBrandedAppIsPairableOnceItsHostPassedTheTest() {
    assertThat(SystemUserAccess.pairable(AuthenticatorApp.BRANDED_MOBILE_APP, true)).isTrue();
    assertThat(SystemUserAccess.pairable(AuthenticatorApp.BRANDED_MOBILE_APP, false)).isFalse();
    assertThat(SystemUserAccess.pairable(AuthenticatorApp.THIRD_PARTY, false)).isTrue();
  }
}
