package com.twofactor.settings.view;

import com.twofactor.settings.boundary.HostTestResult;
import com.twofactor.settings.boundary.SettingsAdministration;
import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.view.Messages;
import com.twofactor.shared.view.Permissions;
import jakarta.annotation.PostConstruct;
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
  @Inject Permissions permissions;
  @Inject Messages messages;

  private SettingsForm form;
  private HostTestResult testResult;

  @PostConstruct
  void load() {
    form = SettingsForm.of(administration.current());
  }

  public void save() {
    try {
      form = SettingsForm.of(administration.change(form.change()));
      messages.info("settings.saved");
    } catch (BusinessException e) {
      messages.explain(e);
    }
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
