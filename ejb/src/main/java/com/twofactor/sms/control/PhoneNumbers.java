package com.twofactor.sms.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers as libphonenumber knows them: a number typed with its country becomes E.164 only
 * when it is a valid number of that country; numbers on screen are masked to their last four digits
 * ({@code Hong Kong (+852) - ****3799}); the countries to choose from are every region
 * libphonenumber supports.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** A country to choose from: ISO 3166 alpha-2, its name, its calling code. */
  public record Country(String code, String name, int callingCode) {
    /** {@code Hong Kong (+852)}, as the legacy console listed it. */
    public String label() {
      return name + " (+" + callingCode + ")";
    }
  }

  /**
   * The number in E.164, if {@code number} is a valid phone number of {@code country}; a number
   * typed with its {@code +} and calling code must belong to {@code country} too.
   */
  public static Optional<String> e164(String country, String number) {
    if (country == null || number == null || number.isBlank() || number.length() > 32) {
      return Optional.empty();
    }
    String region = country.strip().toUpperCase(Locale.ROOT);
    if (!UTIL.getSupportedRegions().contains(region)) {
      return Optional.empty();
    }
    try {
      Phonenumber.PhoneNumber parsed = UTIL.parse(number.strip(), region);
      if (!UTIL.isValidNumberForRegion(parsed, region)) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(parsed, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code code} is a country libphonenumber knows. */
  public static boolean isCountry(String code) {
    return code != null && UTIL.getSupportedRegions().contains(code.toUpperCase(Locale.ROOT));
  }

  /** {@code Hong Kong (+852) - ****3799}: the country and the last four digits only. */
  public static String masked(String country, String e164) {
    return country(country).label() + " - " + maskedDigits(e164);
  }

  /** {@code ****3799}. */
  public static String maskedDigits(String e164) {
    String digits = e164.replaceAll("[^0-9]", "");
    return "****" + digits.substring(Math.max(0, digits.length() - 4));
  }

  public static Country country(String code) {
    String region = code.toUpperCase(Locale.ROOT);
    return new Country(
        region,
        // "Hong Kong SAR China" is "Hong Kong" on the legacy screens.
        new Locale("", region).getDisplayCountry(Locale.ENGLISH).replace(" SAR China", ""),
        UTIL.getCountryCodeForRegion(region));
  }

  /** Every country, by name. */
  public static List<Country> countries() {
    return UTIL.getSupportedRegions().stream()
        .map(PhoneNumbers::country)
        .sorted(Comparator.comparing(Country::name))
        .toList();
  }
}
