package com.twofactor.bootstrap.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.bootstrap.entity.InstallationKey;
import org.junit.jupiter.api.Test;

class KeyComparisonTest {

  private static final String FIRST = "0123456789abcdef0123456789abcdef";
  private static final String OTHER = "fedcba9876543210fedcba9876543210";

  @Test
  void sameFingerprintIsTheSameKey() {
    assertThat(new KeyComparison(InstallationKey.SECRETS, FIRST, FIRST).differs()).isFalse();
    assertThat(new KeyComparison(InstallationKey.SECRETS, FIRST, OTHER).differs()).isTrue();
  }

  @Test
  void aDifferentSecretsKeyIsNamedWithItsSettingAndWhatToDo() {
    String refusal = new KeyComparison(InstallationKey.SECRETS, FIRST, OTHER).refusal();

    assertThat(refusal)
        .contains("secrets key")
        .contains("twofactor.secrets.key-file")
        .contains("TWOFACTOR_SECRETS_KEY_FILE")
        .contains("secrets.key in its data folder")
        .contains("same key file")
        .contains("as the first node")
        .contains("See README")
        .contains(FIRST.substring(0, 16))
        .contains(OTHER.substring(0, 16))
        .doesNotContain("jwt");
  }

  @Test
  void aDifferentTokenKeyIsNamedWithItsSettingsAndWhatToDo() {
    String refusal = new KeyComparison(InstallationKey.TOKEN_SIGNING, FIRST, OTHER).refusal();

    assertThat(refusal)
        .contains("token signing key")
        .contains("twofactor.jwt.private-key-file")
        .contains("twofactor.jwt.public-key-file")
        .contains("jwt-signing-key.pem")
        .contains("as the first node")
        .contains("See README")
        .doesNotContain("secrets.key");
  }

  @Test
  void aSecretsKeyThatDoesNotDecryptTheStoredSecretsIsNamedWithWhatToDo() {
    assertThat(KeyComparison.storedSecretsUnreadable(OTHER))
        .contains(
            "does not decrypt the secrets this database already holds (TOTP secrets, the Twilio")
        .contains("twofactor.secrets.key-file")
        .contains(OTHER.substring(0, 16))
        .contains("See README");
  }
}
