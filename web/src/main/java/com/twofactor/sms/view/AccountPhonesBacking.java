package com.twofactor.sms.view;

import com.twofactor.sms.boundary.AccountPhones;
import com.twofactor.sms.boundary.PhoneCheck;
import com.twofactor.sms.boundary.PhoneDetails;
import com.twofactor.sms.boundary.TwilioAdministration;
import com.twofactor.sms.control.PhoneNumbers;
import com.twofactor.sms.control.SmsSent;
import com.twofactor.stepup.view.StepUpBacking;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Phone numbers for SMS authentication" in a User Profile (Security Settings), while Twilio is on:
 * the numbers with Verified and Last Verified Time, add (country and number), send a passcode and
 * verify, remove; each after a step-up of the admin's session when it is not fresh.
 */
@Named
@ViewScoped
public class AccountPhonesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountPhones phones;
  @Inject TwilioAdministration twilio;
  @Inject StepUpBacking stepUp;

  private String loginName;
  private List<PhoneDetails> list;
  private Boolean active;
  private String country = "HK";
  private String number;
  private SmsSent sent;
  private String passcode;

  public boolean isActive() {
    if (active == null) {
      active = twilio.isActive();
    }
    return active;
  }

  public List<PhoneDetails> getPhones() {
    if (list == null) {
      list = loginName == null || !isActive() ? List.of() : phones.phonesOf(loginName);
    }
    return list;
  }

  /** Every change needs a fresh step-up of the admin's session: the step-up dialog asks for it. */
  public void add() {
    String typed = number;
    stepUp.guard(
        () -> {
          phones.add(loginName, country, typed);
          number = null;
          list = null;
        });
  }

  public void sendPasscode(Long phoneId) {
    stepUp.guard(() -> sent = phones.sendPasscode(loginName, phoneId));
  }

  public void verify() {
    if (sent == null) {
      return;
    }
    Long phoneId = sent.phoneId();
    String typed = passcode;
    passcode = null;
    stepUp.guard(
        () -> {
          PhoneCheck check = phones.verify(loginName, phoneId, typed);
          if (check.verified()) {
            sent = null;
            list = null;
            FacesContext.getCurrentInstance()
                .addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_INFO, check.message(), null));
          } else {
            error(check.message());
          }
        });
  }

  public void remove(Long phoneId) {
    stepUp.guard(
        () -> {
          phones.remove(loginName, phoneId);
          list = null;
        });
  }

  public List<PhoneNumbers.Country> getCountries() {
    return PhoneNumbers.countries();
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
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

  public SmsSent getSent() {
    return sent;
  }

  public long getExpiresAtMillis() {
    return sent == null ? 0 : sent.expiresAt().toEpochMilli();
  }

  public String getPasscode() {
    return passcode;
  }

  public void setPasscode(String passcode) {
    this.passcode = passcode;
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
