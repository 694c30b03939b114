package com.twofactor.sms.boundary;

import com.twofactor.sms.control.PhoneVerifications.Outcome;

/**
 * How a passcode typed for a phone number compared.
 *
 * @param message what to show: "Test completed successfully", or why not
 */
public record PhoneCheck(Outcome outcome, PhoneDetails phone, String message) {

  public boolean verified() {
    return outcome == Outcome.VERIFIED;
  }
}
