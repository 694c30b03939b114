package com.twofactor.policy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.clients.entity.ClientVersion;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.policy.control.PolicyInput.Devices;
import com.twofactor.policy.control.PolicyInput.Mode;
import com.twofactor.policy.control.PolicyInput.Settings;
import com.twofactor.policy.entity.ChallengeMethod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwoFactorPolicyTest {

  private final TwoFactorPolicy policy =
      new TwoFactorPolicy(ClientVersion.parse("8.5.0.0"), ClientVersion.parse("8.3.0.30"));

  /** Who logs in: the five system roles and the two backup user types. */
  enum Subject {
    ADMIN(true),
    SUB_ADMIN(true),
    READ_ONLY_ADMIN(true),
    API_USER(true),
    READ_ONLY_API_USER(true),
    PAID_BACKUP_USER(false),
    TRIAL_BACKUP_USER(false);

    final boolean system;

    Subject(boolean system) {
      this.system = system;
    }
  }

  enum DeviceState {
    NOTHING(Devices.NONE),
    MOBILE_APP(new Devices(1, 0, 0)),
    AUTHENTICATOR_APP(new Devices(0, 1, 0)),
    VERIFIED_PHONE(new Devices(0, 0, 1));

    final Devices devices;

    DeviceState(Devices devices) {
      this.devices = devices;
    }
  }

  enum VersionBand {
    UNKNOWN(null),
    BEFORE_SMS("8.2.0.0"),
    FIRST_SMS("8.3.0.30"),
    SMS_ONLY("8.4.9.9"),
    FIRST_MOBILE("8.5.0.0"),
    CURRENT("10.1.0.0");

    final String version;

    VersionBand(String version) {
      this.version = version;
    }
  }

  @Test
  void wholeDecisionTable() {
    List<String> wrong = new ArrayList<>();
    int cases = 0;
    for (Subject subject : Subject.values()) {
      for (Mode mode : Mode.values()) {
        for (boolean requireForSystem : List.of(false, true)) {
          for (boolean legacySkip : List.of(false, true)) {
            for (boolean groupRequires : List.of(false, true)) {
              for (boolean enabled : List.of(false, true)) {
                for (boolean skipPrompt : List.of(false, true)) {
                  for (DeviceState devices : DeviceState.values()) {
                    for (VersionBand band : VersionBand.values()) {
                      for (ConnectionType connection : ConnectionType.values()) {
                        cases++;
                        var in =
                            new PolicyInput(
                                subject.system,
                                enabled,
                                skipPrompt,
                                groupRequires,
                                new Settings(mode, requireForSystem, legacySkip),
                                devices.devices,
                                connection,
                                Optional.ofNullable(band.version).map(ClientVersion::parse));
                        String expected = expected(subject, in, devices, band);
                        String actual = describe(policy.decide(in));
                        if (!expected.equals(actual)) {
                          wrong.add(
                              String.join(
                                  " ",
                                  subject.name(),
                                  mode.name(),
                                  "requireForSystemUsers=" + requireForSystem,
                                  "legacySkip=" + legacySkip,
                                  "groupRequires=" + groupRequires,
                                  "enabled=" + enabled,
                                  "doNotShowAgain=" + skipPrompt,
                                  devices.name(),
                                  band.name(),
                                  connection.name(),
                                  "expected " + expected,
                                  "got " + actual));
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(cases).isEqualTo(7 * 3 * 2 * 2 * 2 * 2 * 2 * 4 * 6 * 6);
    assertThat(wrong).as("cases decided wrongly").isEmpty();
  }

  /** The rules, written as the seed states them, one question after another. */
  private static String expected(
      Subject subject, PolicyInput in, DeviceState devices, VersionBand band) {
    Mode mode = in.settings().mode();
    if (mode == Mode.OFF) {
      return "NOT_REQUIRED";
    }
    if (in.connection() == ConnectionType.REPLICATION
        || in.connection() == ConnectionType.REDIRECTOR) {
      return "NOT_REQUIRED";
    }
    boolean required =
        subject.system ? in.settings().requireForSystemUsers() : in.groupRequiresTwoFactor();
    if (!required && !in.twoFactorEnabled()) {
      return "NOT_REQUIRED";
    }
    Set<ChallengeMethod> methods = EnumSet.noneOf(ChallengeMethod.class);
    if (mode == Mode.MOBILE_AUTHENTICATION && devices == DeviceState.MOBILE_APP) {
      methods.addAll(Set.of(ChallengeMethod.PUSH, ChallengeMethod.TOTP));
    }
    if (mode == Mode.MOBILE_AUTHENTICATION && devices == DeviceState.AUTHENTICATOR_APP) {
      methods.add(ChallengeMethod.TOTP);
    }
    if (mode == Mode.TWILIO && devices == DeviceState.VERIFIED_PHONE) {
      methods.add(ChallengeMethod.SMS);
    }
    String step;
    if (!methods.isEmpty()) {
      step = "CHALLENGE" + methods;
    } else if (required) {
      step = "SETUP_REQUIRED";
    } else if (in.skipsSetupPrompt()) {
      return "NOT_REQUIRED";
    } else {
      step = "SETUP_PROMPT";
    }
    if (in.connection() == ConnectionType.OBM || in.connection() == ConnectionType.ACB) {
      boolean canDoMobile = band == VersionBand.FIRST_MOBILE || band == VersionBand.CURRENT;
      boolean canDoSms =
          canDoMobile || band == VersionBand.FIRST_SMS || band == VersionBand.SMS_ONLY;
      boolean tooOld = mode == Mode.MOBILE_AUTHENTICATION ? !canDoMobile : !canDoSms;
      if (tooOld) {
        boolean skippable =
            step.equals("SETUP_PROMPT")
                || (mode == Mode.TWILIO && in.settings().legacyClientsMaySkip());
        return skippable ? "NOT_REQUIRED" : "REFUSED";
      }
    }
    return step;
  }

  private static String describe(Decision decision) {
    if (decision instanceof Decision.Challenge challenge) {
      return "CHALLENGE" + EnumSet.copyOf(challenge.methods());
    }
    if (decision instanceof Decision.Refused) {
      return "REFUSED";
    }
    if (decision instanceof Decision.SetupRequired) {
      return "SETUP_REQUIRED";
    }
    if (decision instanceof Decision.SetupPrompt) {
      return "SETUP_PROMPT";
    }
    return "NOT_REQUIRED";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nothing applies while mobile authentication is off      | false | OFF                   | true  | false | MOBILE_APP        | OBM         | 10.1.0.0 | NOT_REQUIRED
          policy group requires it and nothing is paired          | false | MOBILE_AUTHENTICATION | true  | false | NOTHING           | ACB         | 10.1.0.0 | SETUP_REQUIRED
          enabled per user and nothing is paired                  | false | MOBILE_AUTHENTICATION | false | true  | NOTHING           | CONSOLE     |          | SETUP_PROMPT
          paired mobile app offers push and its code              | false | MOBILE_AUTHENTICATION | true  | false | MOBILE_APP        | OBM         | 10.1.0.0 | CHALLENGE[TOTP, PUSH]
          paired authenticator app offers its code                | false | MOBILE_AUTHENTICATION | false | true  | AUTHENTICATOR_APP | API         |          | CHALLENGE[TOTP]
          client older than 8.5.0.0 is refused                    | false | MOBILE_AUTHENTICATION | true  | false | MOBILE_APP        | OBM         | 8.4.0.0  | REFUSED
          backup client without a version is refused              | false | MOBILE_AUTHENTICATION | true  | false | MOBILE_APP        | OBM         |          | REFUSED
          old client skips a skippable setup prompt               | false | MOBILE_AUTHENTICATION | false | true  | NOTHING           | OBM         | 8.4.0.0  | NOT_REQUIRED
          old client cannot skip a required setup                 | false | MOBILE_AUTHENTICATION | true  | false | NOTHING           | ACB         | 8.4.0.0  | REFUSED
          old client is refused a challenge it cannot answer      | false | MOBILE_AUTHENTICATION | false | true  | AUTHENTICATOR_APP | OBM         | 8.4.0.0  | REFUSED
          replication is not covered                              | false | MOBILE_AUTHENTICATION | true  | true  | MOBILE_APP        | REPLICATION |          | NOT_REQUIRED
          redirector is not covered                               | false | MOBILE_AUTHENTICATION | true  | true  | MOBILE_APP        | REDIRECTOR  |          | NOT_REQUIRED
          twilio sms with a verified phone                        | false | TWILIO                | true  | false | VERIFIED_PHONE    | OBM         | 8.3.0.30 | CHALLENGE[SMS]
          system user ignores policy groups                       | true  | MOBILE_AUTHENTICATION | true  | false | MOBILE_APP        | CONSOLE     |          | NOT_REQUIRED
          """)
  void namedCases(
      String name,
      boolean systemUser,
      Mode mode,
      boolean groupRequires,
      boolean enabled,
      DeviceState devices,
      ConnectionType connection,
      String version,
      String expected) {
    var in =
        new PolicyInput(
            systemUser,
            enabled,
            false,
            groupRequires,
            new Settings(mode, false, false),
            devices.devices,
            connection,
            Optional.ofNullable(version).map(ClientVersion::parse));

    assertThat(describe(policy.decide(in))).as(name).isEqualTo(expected);
  }

  @Test
  void refusalTellsTheUserWhatToUpgradeTo() {
    var in =
        new PolicyInput(
            false,
            true,
            false,
            false,
            new Settings(Mode.MOBILE_AUTHENTICATION, false, false),
            new Devices(1, 0, 0),
            ConnectionType.ACB,
            Optional.of(ClientVersion.parse("8.3.6.0")));

    assertThat(policy.decide(in))
        .isInstanceOfSatisfying(
            Decision.Refused.class,
            refused -> assertThat(refused.reason()).contains("8.3.6.0").contains("8.5.0.0"));
  }

  @Test
  void doNotShowAgainIsHonouredBeforeTheVersionCheck() {
    var in =
        new PolicyInput(
            false,
            true,
            true,
            false,
            new Settings(Mode.MOBILE_AUTHENTICATION, false, false),
            Devices.NONE,
            ConnectionType.OBM,
            Optional.of(ClientVersion.parse("8.2.0.0")));

    assertThat(policy.decide(in)).isInstanceOf(Decision.NotRequired.class);
  }

  @Test
  void oldClientOfASystemUserRequiredBySettingsIsRefused() {
    var in =
        new PolicyInput(
            true,
            false,
            true,
            false,
            new Settings(Mode.MOBILE_AUTHENTICATION, true, false),
            Devices.NONE,
            ConnectionType.OBM,
            Optional.of(ClientVersion.parse("8.4.9.9")));

    assertThat(policy.decide(in)).isInstanceOf(Decision.Refused.class);
  }

  @Test
  void versionsCompareByNumberNotText() {
    assertThat(ClientVersion.parse("10.1.0.0").isOlderThan(ClientVersion.parse("8.5.0.0")))
        .isFalse();
    assertThat(ClientVersion.parse("8.3").isOlderThan(ClientVersion.parse("8.3.0.30"))).isTrue();
    assertThat(ClientVersion.parse("8.5")).isEqualTo(ClientVersion.parse("8.5.0.0"));
  }
}
