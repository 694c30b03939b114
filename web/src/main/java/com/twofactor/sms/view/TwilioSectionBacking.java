package com.twofactor.sms.view;

import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.sms.boundary.PhoneCheck;
import com.twofactor.sms.boundary.TwilioAdministration;
import com.twofactor.sms.boundary.TwilioSettingsDetails;
import com.twofactor.sms.control.PhoneNumbers;
import com.twofactor.sms.control.SmsSent;
import com.twofactor.stepup.view.StepUpBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The "Twilio Credentials Verification" section of the 2FA tab, shown only while Twilio is on
 * (installs upgraded from the legacy version): its settings, saved on their own, and the Test
 * dialog (number, passcode with prefix, countdown and Resend, "Test completed successfully").
 */
@Named
@ViewScoped
public class TwilioSectionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TwilioAdministration twilio;
  @Inject StepUpBacking stepUp;

  private TwilioForm form;
  private boolean readOnly;
  private String testCountry = "HK";
  private String testNumber;
  private SmsSent testSent;
  private String testPasscode;
  private String testResult;

  @PostConstruct
  void load() {
    readOnly = !FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    form = twilio.isActive() ? TwilioForm.of(twilio.current()) : null;
  }

  public boolean isActive() {
    return form != null;
  }

  public void save() {
    try {
      form = TwilioForm.of(twilio.change(form.change()));
      inform(FacesMessage.SEVERITY_INFO, "The Twilio settings are saved.");
    } catch (BusinessException e) {
      inform(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /**
   * Test: sends a passcode to the number entered in the dialog. The number joins the admin's
   * profile, so a session that did not step up lately is asked to first.
   */
  public void sendTest() {
    String country = testCountry;
    String number = testNumber == null ? "" : testNumber;
    stepUp.guard(
        () -> {
          testSent = twilio.test(country, number);
          testResult = null;
        });
  }

  /** Test: the passcode typed back. */
  public void verifyTest() {
    if (testSent == null) {
      return;
    }
    Long phoneId = testSent.phoneId();
    String typed = testPasscode == null ? "" : testPasscode;
    testPasscode = null;
    stepUp.guard(
        () -> {
          PhoneCheck check = twilio.verifyTest(phoneId, typed);
          if (check.verified()) {
            testResult = check.message();
            testSent = null;
            TwilioSettingsDetails current = twilio.current();
            form.tested(current.lastTestedAt());
          } else {
            inform(FacesMessage.SEVERITY_ERROR, check.message());
          }
        });
  }

  /** Starts the Test afresh. */
  public void restartTest() {
    testSent = null;
    testResult = null;
    testPasscode = null;
  }

  public TwilioForm getForm() {
    return form;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public List<PhoneNumbers.Country> getCountries() {
    return PhoneNumbers.countries();
  }

  public SmsSent getTestSent() {
    return testSent;
  }

  public long getTestExpiresAtMillis() {
    return testSent == null ? 0 : testSent.expiresAt().toEpochMilli();
  }

  public String getTestResult() {
    return testResult;
  }

  public String getTestCountry() {
    return testCountry;
  }

  public void setTestCountry(String testCountry) {
    this.testCountry = testCountry;
  }

  public String getTestNumber() {
    return testNumber;
  }

  public void setTestNumber(String testNumber) {
    this.testNumber = testNumber;
  }

  public String getTestPasscode() {
    return testPasscode;
  }

  public void setTestPasscode(String testPasscode) {
    this.testPasscode = testPasscode;
  }

  private static void inform(FacesMessage.Severity severity, String summary) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
  }
}
