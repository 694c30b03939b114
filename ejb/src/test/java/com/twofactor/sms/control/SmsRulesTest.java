package com.twofactor.sms.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.clients.entity.ClientVersion;
import com.twofactor.clients.entity.ConnectionType;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The pure SMS rules: numbers, masks, passcode text and form, the legacy file, legacy clients. */
class SmsRulesTest {

  @Test
  void numbersBecomeE164OnlyWhenValidForTheirCountry() {
    assertThat(PhoneNumbers.e164("HK", "9215 3799")).contains("+85292153799");
    assertThat(PhoneNumbers.e164("US", "(206) 312-5010")).contains("+12063125010");
    assertThat(PhoneNumbers.e164("HK", "+12063125010")).isEmpty();
    assertThat(PhoneNumbers.e164("HK", "123")).isEmpty();
    assertThat(PhoneNumbers.e164("XX", "92153799")).isEmpty();
  }

  @Test
  void numbersOnScreenShowCountryAndLastFourDigits() {
    assertThat(PhoneNumbers.masked("HK", "+85292153799")).isEqualTo("Hong Kong (+852) - ****3799");
    assertThat(PhoneNumbers.country("US").label()).isEqualTo("United States (+1)");
  }

  @Test
  void smsTextIsTheLegacyOne() {
    assertThat(SmsText.passcode("XYWD-581883", "demo.user", "Your backup service provider"))
        .isEqualTo(
            "XYWD-581883 is the verification code for user \"demo.user\" login\n"
                + "Your backup service provider");
  }

  @Test
  void passcodesHaveAPrefixAndTheConfiguredDigits() {
    Passcodes.Passcode passcode = Passcodes.next(8);
    assertThat(passcode.text()).matches("[A-Z]{4}-[0-9]{8}");
    assertThat(passcode.toString()).doesNotContain(passcode.digits());
    assertThat(Passcodes.normalize("XYWD", "581883")).contains("XYWD-581883");
    assertThat(Passcodes.normalize("XYWD", "xywd - 581883")).contains("XYWD-581883");
    assertThat(Passcodes.normalize("XYWD", "ABCD-581883")).contains("ABCD-581883");
    assertThat(Passcodes.normalize("XYWD", "58188x")).isEmpty();
  }

  @Test
  void legacyClientIsOneDefinition() {
    LegacyClients legacy = new LegacyClients(ClientVersion.parse("8.3.0.30"));
    assertThat(legacy.isLegacy(ConnectionType.OBM, Optional.of(ClientVersion.parse("8.3.0.29"))))
        .isTrue();
    assertThat(legacy.isLegacy(ConnectionType.ACB, Optional.empty())).isTrue();
    assertThat(legacy.isLegacy(ConnectionType.OBM, Optional.of(ClientVersion.parse("8.3.0.30"))))
        .isFalse();
    assertThat(legacy.isLegacy(ConnectionType.CONSOLE, Optional.empty())).isFalse();
    assertThat(legacy.definition()).contains("older than version 8.3.0.30");
  }

  @Test
  void legacyFileReadsSettingsUsersAndPhones() {
    Properties file = new Properties();
    file.setProperty("accountSid", "AC1cd25cc70d48e90f3265bd02652eead9");
    file.setProperty("authToken", "token");
    file.setProperty("senderCountry", "us");
    file.setProperty("senderNumber", "2063125010");
    file.setProperty("expiryTime", "7");
    file.setProperty("allowLegacyClientToSkipSmsAuthentication", "true");
    file.setProperty("user.demo.user.mfa", "true");
    file.setProperty("user.demo.user.phone.1", "HK,92153799,verified,2024-03-06T02:29:00Z");
    LegacyTwilioFile.Contents contents = LegacyTwilioFile.parse(file);
    assertThat(contents.senderCountry()).isEqualTo("US");
    assertThat(contents.limits().expiryMinutes()).isEqualTo(7);
    assertThat(contents.limits().passcodeLength()).isEqualTo(6);
    assertThat(contents.limits().legacyClientsMaySkip()).isTrue();
    assertThat(contents.users()).hasSize(1);
    assertThat(contents.users().get(0).loginName()).isEqualTo("demo.user");
    assertThat(contents.users().get(0).phones().get(0).verified()).isTrue();
    assertThat(contents.toString()).doesNotContain("token");

    file.remove("authToken");
    assertThatThrownBy(() -> LegacyTwilioFile.parse(file)).hasMessageContaining("authToken");
  }

  @Test
  void twilioRefusalsSayWhatToDo() {
    assertThat(TwilioGateway.refusal(401, 20003)).contains("Account SID or Auth Token");
    assertThat(TwilioGateway.refusal(429, null)).contains("limiting");
    assertThat(TwilioGateway.refusal(503, null)).contains("Try again later");
  }
}
