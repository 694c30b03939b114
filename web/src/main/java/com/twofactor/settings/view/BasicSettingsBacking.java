package com.twofactor.settings.view;

import com.twofactor.settings.boundary.HostTestResult;
import com.twofactor.settings.boundary.SettingsAdministration;
import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.boundary.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * System Settings › Basic, tab Two-Factor Authentication (2FA). Read-only admins see every control
 * disabled; the boundary refuses their changes anyway.
 */
@Named
@ViewScoped
public class BasicSettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SettingsAdministration administration;

  private SettingsForm form;
  private boolean readOnly;
  private HostTestResult testResult;

  @PostConstruct
  void load() {
    readOnly = !FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    form = SettingsForm.of(administration.current());
  }

  public void save() {
    try {
      form = SettingsForm.of(administration.change(form.change()));
      inform(FacesMessage.SEVERITY_INFO, text("settings.saved"));
    } catch (BusinessException e) {
      inform(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** "Switch off Twilio Credentials Verification", confirmed in its warning dialog. */
  public void switchOffTwilio() {
    try {
      form = SettingsForm.of(administration.retireTwilio(true));
      inform(FacesMessage.SEVERITY_INFO, text("twilio.retired"));
    } catch (BusinessException e) {
      inform(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** The two warnings of the one-way switch, in the boundary's words. */
  public String getMobileAuthenticationWarning() {
    return SettingsAdministration.MOBILE_AUTHENTICATION_WARNING;
  }

  public String getTwilioOffWarning() {
    return SettingsAdministration.TWILIO_OFF_WARNING;
  }

  /** Tests the host as entered, or the saved one while no host name is entered. */
  public void testHost() {
    try {
      testResult = administration.testHost(form.host());
      if (testResult.recorded()) {
        form.hostTested(testResult.testedAt());
      }
    } catch (BusinessException e) {
      testResult = null;
      inform(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public SettingsForm getForm() {
    return form;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public HostTestResult getTestResult() {
    return testResult;
  }

  private static void inform(FacesMessage.Severity severity, String summary) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }
}
