package com.twofactor.sms.view;

import com.twofactor.sms.boundary.TwilioSettingsChanges;
import com.twofactor.sms.boundary.TwilioSettingsDetails;
import java.io.Serializable;
import java.time.Instant;

/** What the Twilio section edits. The auth token is write-only: empty keeps the stored one. */
public class TwilioForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long version;
  private String accountSid;
  private String authToken;
  private String senderCountry;
  private String senderNumber;
  private int passcodeLength;
  private int resendCooldownMinutes;
  private int expiryMinutes;
  private int invalidAttemptsAllowed;
  private int consecutiveResendsAllowed;
  private boolean allowLegacyClientSkip;
  private Instant lastTestedAt;
  private String channel;
  private String lastFailure;
  private String legacyClient;

  static TwilioForm of(TwilioSettingsDetails details) {
    TwilioForm form = new TwilioForm();
    form.version = details.version();
    form.accountSid = details.accountSid();
    form.senderCountry = details.senderCountry();
    form.senderNumber = details.senderNumber();
    form.passcodeLength = details.passcodeLength();
    form.resendCooldownMinutes = details.resendCooldownMinutes();
    form.expiryMinutes = details.expiryMinutes();
    form.invalidAttemptsAllowed = details.invalidAttemptsAllowed();
    form.consecutiveResendsAllowed = details.consecutiveResendsAllowed();
    form.allowLegacyClientSkip = details.allowLegacyClientSkip();
    form.lastTestedAt = details.lastTestedAt();
    form.channel = details.channel();
    form.lastFailure = details.lastFailure();
    form.legacyClient = details.legacyClient();
    return form;
  }

  TwilioSettingsChanges change() {
    String token = authToken;
    authToken = null; // never rendered back into the page
    return new TwilioSettingsChanges(
        version,
        accountSid,
        token,
        senderCountry,
        senderNumber,
        passcodeLength,
        resendCooldownMinutes,
        expiryMinutes,
        invalidAttemptsAllowed,
        consecutiveResendsAllowed,
        allowLegacyClientSkip);
  }

  void tested(Instant at) {
    lastTestedAt = at;
  }

  public String getAccountSid() {
    return accountSid;
  }

  public void setAccountSid(String accountSid) {
    this.accountSid = accountSid;
  }

  /** Always empty: the stored token is never shown. */
  public String getAuthToken() {
    return null;
  }

  public void setAuthToken(String authToken) {
    this.authToken = authToken;
  }

  public String getSenderCountry() {
    return senderCountry;
  }

  public void setSenderCountry(String senderCountry) {
    this.senderCountry = senderCountry;
  }

  public String getSenderNumber() {
    return senderNumber;
  }

  public void setSenderNumber(String senderNumber) {
    this.senderNumber = senderNumber;
  }

  public int getPasscodeLength() {
    return passcodeLength;
  }

  public void setPasscodeLength(int passcodeLength) {
    this.passcodeLength = passcodeLength;
  }

  public int getResendCooldownMinutes() {
    return resendCooldownMinutes;
  }

  public void setResendCooldownMinutes(int resendCooldownMinutes) {
    this.resendCooldownMinutes = resendCooldownMinutes;
  }

  public int getExpiryMinutes() {
    return expiryMinutes;
  }

  public void setExpiryMinutes(int expiryMinutes) {
    this.expiryMinutes = expiryMinutes;
  }

  public int getInvalidAttemptsAllowed() {
    return invalidAttemptsAllowed;
  }

  public void setInvalidAttemptsAllowed(int invalidAttemptsAllowed) {
    this.invalidAttemptsAllowed = invalidAttemptsAllowed;
  }

  public int getConsecutiveResendsAllowed() {
    return consecutiveResendsAllowed;
  }

  public void setConsecutiveResendsAllowed(int consecutiveResendsAllowed) {
    this.consecutiveResendsAllowed = consecutiveResendsAllowed;
  }

  public boolean isAllowLegacyClientSkip() {
    return allowLegacyClientSkip;
  }

  public void setAllowLegacyClientSkip(boolean allowLegacyClientSkip) {
    this.allowLegacyClientSkip = allowLegacyClientSkip;
  }

  public Instant getLastTestedAt() {
    return lastTestedAt;
  }

  public String getChannel() {
    return channel;
  }

  public String getLastFailure() {
    return lastFailure;
  }

  public String getLegacyClient() {
    return legacyClient;
  }
}
