package com.twofactor.monitoring.view;

import com.twofactor.policy.boundary.PolicyGroups;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.sms.boundary.TwilioAdministration;
import com.twofactor.sms.boundary.TwilioSettingsDetails;
import com.twofactor.users.boundary.BackupUsers;
import com.twofactor.users.entity.BackupUserFilter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The dashboard: how many backup users (a sub-admin's own) and policy groups there are. An overview
 * reads more than one boundary; it only counts.
 */
@Named
@RequestScoped
public class DashboardBacking {

  private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);

  @Inject BackupUsers backupUsers;
  @Inject PolicyGroups policyGroups;

  @Inject TwilioAdministration twilio;

  private long backupUserCount;
  private long policyGroupCount;
  private TwilioSettingsDetails sms;

  @PostConstruct
  void count() {
    backupUserCount = backupUsers.list(BackupUserFilter.NONE, COUNT_ONLY).total();
    policyGroupCount = policyGroups.list(COUNT_ONLY).total();
    boolean readsSettings =
        !jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .isUserInRole(Roles.SUB_ADMIN);
    sms = readsSettings && twilio.isActive() ? twilio.current() : null;
  }

  /** The legacy SMS channel (Twilio), while it is on: OK, FAILING (with why) or UNUSED. */
  public TwilioSettingsDetails getSms() {
    return sms;
  }

  public long getBackupUserCount() {
    return backupUserCount;
  }

  public long getPolicyGroupCount() {
    return policyGroupCount;
  }
}
