package com.twofactor.sms.entity;

import java.util.Locale;

/**
 * How the server talks to Twilio: the account SID, the auth token ({@code null}: keep the stored
 * one) and the sender, a number of the Twilio account in E.164 with its country (ISO 3166 alpha-2).
 */
public record TwilioCredentials(
    String accountSid, String authToken, String senderCountry, String senderNumber) {

  public TwilioCredentials {
    if (accountSid == null || !accountSid.strip().matches("AC[0-9a-fA-F]{32}")) {
      throw new IllegalArgumentException(
          "The Twilio Account SID is AC followed by 32 hexadecimal digits");
    }
    accountSid = accountSid.strip();
    if (authToken != null && authToken.isBlank()) {
      authToken = null;
    }
    if (authToken != null && (authToken.length() > 128 || !authToken.strip().equals(authToken))) {
      throw new IllegalArgumentException("The Twilio auth token is not valid");
    }
    if (senderCountry == null || !senderCountry.strip().matches("[A-Za-z]{2}")) {
      throw new IllegalArgumentException("Choose the country of the sender number");
    }
    senderCountry = senderCountry.strip().toUpperCase(Locale.ROOT);
    if (senderNumber == null || !senderNumber.matches("\\+[1-9][0-9]{4,14}")) {
      throw new IllegalArgumentException("The sender number is not a valid phone number");
    }
  }

  /** Never the token, not even in a log line. */
  @Override
  public String toString() {
    return "TwilioCredentials[" + accountSid + ", sender " + senderNumber + "]";
  }
}
