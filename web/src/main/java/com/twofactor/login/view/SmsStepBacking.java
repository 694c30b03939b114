package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.login.boundary.SmsLogins;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.view.Messages;
import com.twofactor.sms.control.PhoneNumbers;
import com.twofactor.sms.control.SmsSent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The console's SMS step of a login ("Multi-Factor Authentication"): pick a number (or, at the
 * setup step, add one), then the passcode with its prefix, a countdown to its expiry and "Resend
 * passcode".
 */
@Named
@ViewScoped
public class SmsStepBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/sms-step.xhtml";

  @Inject PendingLogin pending;
  @Inject SmsLogins sms;
  @Inject ConsoleLoginCompletion session;
  @Inject Messages messages;

  private SmsSent sent;
  private String passcode;
  private String country = "HK";
  private String number;

  public void requirePendingLogin() throws IOException {
    if (pending.next().isEmpty()) {
      session.abandon();
    }
  }

  public List<SmsLogins.PhoneChoice> getPhones() {
    return pending.next().map(next -> sms.phones(next.challengeId())).orElse(List.of());
  }

  public boolean isSetup() {
    return pending.next().map(next -> next.challenge() != ChallengeStep.CHALLENGE).orElse(false);
  }

  public void send(Long phoneId) {
    pending
        .next()
        .flatMap(next -> messages.attempt(() -> sms.send(next.challengeId(), phoneId)))
        .ifPresent(answer -> sent = answer);
  }

  /** "Resend passcode" to the same number. */
  public void resend() {
    if (sent != null) {
      send(sent.phoneId());
    }
  }

  /** Setup step: adds the number typed and sends it a passcode. */
  public void addPhone() {
    pending
        .next()
        .flatMap(next -> messages.attempt(() -> sms.addPhone(next.challengeId(), country, number)))
        .ifPresent(answer -> sent = answer);
  }

  public void verify() throws IOException {
    SecondStepNeeded next = pending.next().orElse(null);
    if (next == null) {
      session.abandon();
      return;
    }
    String typed = passcode == null ? "" : passcode;
    passcode = null;
    try {
      LoginResult result = sms.verify(next.challengeId(), typed);
      if (result instanceof LoginResult.Authenticated) {
        session.start(next.challengeId());
      } else {
        messages.errorText(((LoginResult.Refused) result).explanation(Instant.now()));
      }
    } catch (BusinessException e) {
      messages.explain(e);
    }
  }

  public void cancel() throws IOException {
    session.abandon();
  }

  public SmsSent getSent() {
    return sent;
  }

  /** Milliseconds since the epoch, for the countdown in the page. */
  public long getExpiresAtMillis() {
    return sent == null ? 0 : sent.expiresAt().toEpochMilli();
  }

  public List<PhoneNumbers.Country> getCountries() {
    return PhoneNumbers.countries();
  }

  public String getPasscode() {
    return passcode;
  }

  public void setPasscode(String passcode) {
    this.passcode = passcode;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
