package com.twofactor.totp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Only the branded mobile app pairs itself with its key, and only it can do mobile backup. */
class MobileAppDeviceTest {

  private static final byte[] SECRET = new byte[20];
  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  @Test
  void theBrandedAppIsPairedAtOnceWithItsKeyAndCanDoMobileBackup() {
    AuthenticatorDevice app =
        AuthenticatorDevice.pairMobileApp(
            user(),
            SECRET,
            TotpAlgorithm.SHA1,
            6,
            Duration.ofSeconds(30),
            "Pixel",
            "android",
            "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
            NOW);

    assertThat(app.isPaired()).isTrue();
    assertThat(app.kind()).isEqualTo(DeviceKind.MOBILE_APP);
    assertThat(app.app()).isEqualTo(AuthenticatorApp.BRANDED_MOBILE_APP);
    assertThat(app.name()).isEqualTo("Pixel");
    assertThat(app.publicKey()).isPresent();
    assertThat(app.mobileBackup()).isTrue();
  }

  @Test
  void anAuthenticatorAppCannotDoMobileBackup() {
    AuthenticatorDevice app =
        AuthenticatorDevice.beginPairing(
            user(),
            AuthenticatorApp.GOOGLE,
            SECRET,
            TotpAlgorithm.SHA1,
            6,
            Duration.ofSeconds(30),
            null,
            NOW);

    assertThat(app.mobileBackup()).isFalse();
    assertThat(app.publicKey()).isEmpty();
  }

  @Test
  void theBrandedAppNeedsAKey() {
    assertThatThrownBy(
            () ->
                AuthenticatorDevice.pairMobileApp(
                    user(),
                    SECRET,
                    TotpAlgorithm.SHA1,
                    6,
                    Duration.ofSeconds(30),
                    "Pixel",
                    "ios",
                    " ",
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BackupUser user() {
    return new BackupUser(
        "mobile", "hash", BackupUserType.PAID, PolicyGroup.named("group", false), NOW);
  }
}
