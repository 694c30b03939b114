package com.twofactor.sms.boundary;

import com.twofactor.sms.control.PhoneNumbers;
import com.twofactor.sms.entity.PhoneNumber;
import java.time.Instant;

/**
 * A phone number of an account, as its administrators and its owner see it.
 *
 * @param number the number in E.164
 * @param masked the number as the login screen shows it
 */
public record PhoneDetails(
    Long id,
    String country,
    String countryLabel,
    String number,
    String masked,
    boolean verified,
    Instant lastVerifiedAt) {

  static PhoneDetails of(PhoneNumber phone) {
    return new PhoneDetails(
        phone.id(),
        phone.country(),
        PhoneNumbers.country(phone.country()).label(),
        phone.e164(),
        PhoneNumbers.masked(phone.country(), phone.e164()),
        phone.isVerified(),
        phone.lastVerifiedAt().orElse(null));
  }
}
