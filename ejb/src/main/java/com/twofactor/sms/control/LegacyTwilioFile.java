package com.twofactor.sms.control;

import com.twofactor.sms.entity.SmsLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Twilio settings file of a legacy install (a Java properties file, ISO-8859-1 or UTF-8), with
 * the legacy console's field names:
 *
 * <pre>
 * accountSid=AC…                        authToken=…
 * senderCountry=US                      senderNumber=2063125010
 * passcodeLength=6                      resendCooldownTime=1        expiryTime=5
 * consecutiveInvalidPasscodeAttemptsAllowed=5                       consecutiveSendAllowed=5
 * allowLegacyClientToSkipSmsAuthentication=true
 * user.demo.user.mfa=true
 * user.demo.user.phone.1=HK,92153799,verified,2024-03-06T02:29:00Z
 * </pre>
 *
 * Times are minutes; missing limits take the legacy defaults (6, 1, 5, 5, 5). A phone line is
 * {@code country,number[,verified|unverified[,last verified time]]}.
 */
public final class LegacyTwilioFile {

  private static final Pattern USER_KEY = Pattern.compile("user\\.(.+)\\.(mfa|phone\\.[0-9]+)");

  /** One phone number of a legacy account. */
  public record LegacyPhone(
      String country, String number, boolean verified, Optional<Instant> lastVerifiedAt) {}

  /** One account of the legacy install: its MFA switch and its numbers. */
  public record LegacyUser(String loginName, boolean mfa, List<LegacyPhone> phones) {}

  /** What the file holds. */
  public record Contents(
      String accountSid,
      String authToken,
      String senderCountry,
      String senderNumber,
      SmsLimits limits,
      List<LegacyUser> users) {

    @Override
    public String toString() {
      return "Contents[" + accountSid + ", " + users.size() + " user(s)]";
    }
  }

  private LegacyTwilioFile() {}

  public static Contents read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return parse(properties);
  }

  /**
   * @throws IllegalArgumentException naming the field that is missing or not valid
   */
  public static Contents parse(Properties p) {
    SmsLimits defaults = SmsLimits.DEFAULTS;
    SmsLimits limits =
        new SmsLimits(
            integer(p, "passcodeLength", defaults.passcodeLength()),
            integer(p, "resendCooldownTime", defaults.resendCooldownMinutes()),
            integer(p, "expiryTime", defaults.expiryMinutes()),
            integer(p, "consecutiveInvalidPasscodeAttemptsAllowed", defaults.maxInvalidAttempts()),
            integer(p, "consecutiveSendAllowed", defaults.maxConsecutiveSends()),
            Boolean.parseBoolean(
                p.getProperty("allowLegacyClientToSkipSmsAuthentication", "false").strip()));
    Map<String, Boolean> mfa = new TreeMap<>();
    Map<String, List<LegacyPhone>> phones = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      Matcher user = USER_KEY.matcher(key);
      if (!user.matches()) {
        continue;
      }
      String loginName = user.group(1);
      if (user.group(2).equals("mfa")) {
        mfa.put(loginName, Boolean.parseBoolean(p.getProperty(key).strip()));
      } else {
        phones
            .computeIfAbsent(loginName, k -> new ArrayList<>())
            .add(phone(key, p.getProperty(key)));
      }
    }
    List<LegacyUser> users = new ArrayList<>();
    TreeMap<String, Boolean> names = new TreeMap<>();
    mfa.keySet().forEach(name -> names.put(name, true));
    phones.keySet().forEach(name -> names.put(name, true));
    for (String name : names.keySet()) {
      users.add(
          new LegacyUser(
              name, mfa.getOrDefault(name, false), phones.getOrDefault(name, List.of())));
    }
    return new Contents(
        required(p, "accountSid"),
        required(p, "authToken"),
        required(p, "senderCountry").toUpperCase(Locale.ROOT),
        required(p, "senderNumber"),
        limits,
        List.copyOf(users));
  }

  private static LegacyPhone phone(String key, String value) {
    String[] parts = value.split(",");
    if (parts.length < 2) {
      throw new IllegalArgumentException(key + " must be country,number[,verified[,time]]");
    }
    boolean verified = parts.length > 2 && parts[2].strip().equalsIgnoreCase("verified");
    Optional<Instant> at = Optional.empty();
    if (parts.length > 3 && !parts[3].isBlank()) {
      try {
        at = Optional.of(Instant.parse(parts[3].strip()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(key + ": the last verified time is not ISO-8601");
      }
    }
    return new LegacyPhone(
        parts[0].strip().toUpperCase(Locale.ROOT), parts[1].strip(), verified, at);
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The legacy Twilio file has no " + key);
    }
    return value.strip();
  }

  private static int integer(Properties p, String key, int fallback) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number");
    }
  }
}
