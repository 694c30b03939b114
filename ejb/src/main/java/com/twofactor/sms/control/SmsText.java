package com.twofactor.sms.control;

/**
 * The text of every passcode SMS, word for word as the legacy feature sent it: {@code XYWD-581883
 * is the verification code for user "demo.user" login}, then the provider's line.
 */
public final class SmsText {

  private SmsText() {}

  public static String passcode(String passcode, String loginName, String providerLine) {
    String text = passcode + " is the verification code for user \"" + loginName + "\" login";
    return providerLine == null || providerLine.isBlank() ? text : text + "\n" + providerLine;
  }
}
