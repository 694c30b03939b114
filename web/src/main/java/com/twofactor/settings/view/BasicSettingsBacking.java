package com.twofactor.settings.view;

import com.twofactor.settings.boundary.HostTestResult;
import com.twofactor.settings.boundary.SettingsAdministration;
import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.view.Messages;
import com.twofactor.shared.view.Permissions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
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
  @Inject Permissions permissions;
  @Inject Messages messages;

  private SettingsForm form;
  private HostTestResult testResult;

  @PostConstruct
  void load() {
    form = SettingsForm.of(administration.current());
  }

  public void save() throws IOException {
    boolean twilioWasActive = form.isTwilioActive();
    try {
      form = SettingsForm.of(administration.change(form.change()));
      messages.info("settings.saved");
      if (twilioWasActive && !form.isTwilioActive()) {
        reload();
      }
    } catch (BusinessException e) {
      messages.explain(e);
    }
  }

  /** "Switch off Twilio Credentials Verification", confirmed in its warning dialog. */
  public void switchOffTwilio() throws IOException {
    try {
      form = SettingsForm.of(administration.retireTwilio(true));
      messages.info("twilio.retired");
      reload();
    } catch (BusinessException e) {
      messages.explain(e);
    }
  }

  /** Twilio is gone: the page again, without its Twilio section, the message kept. */
  private void reload() throws IOException {
    messages.keepForRedirect();
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/settings/basic.xhtml");
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
      messages.explain(e);
    }
  }

  public SettingsForm getForm() {
    return form;
  }

  /** Only admins change the settings; read-only admins see every control disabled. */
  public boolean isReadOnly() {
    return !permissions.isAdmin();
  }

  public HostTestResult getTestResult() {
    return testResult;
  }
}
