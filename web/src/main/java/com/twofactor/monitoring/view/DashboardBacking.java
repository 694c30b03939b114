package com.twofactor.monitoring.view;

import com.twofactor.policy.boundary.PolicyGroups;
import com.twofactor.push.boundary.PushRelays;
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
  @Inject PushRelays relays;

  @Inject TwilioAdministration twilio;

  private long backupUserCount;
  private long policyGroupCount;
  private String relayStatus;
  private TwilioSettingsDetails sms;

  @PostConstruct
  void count() {
    backupUserCount = backupUsers.count(BackupUserFilter.NONE);
    policyGroupCount = policyGroups.list(COUNT_ONLY).total();
    relayStatus = relays.status();
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

  /** NOT_CONFIGURED, UNKNOWN, REACHABLE or UNREACHABLE. */
  public String getRelayStatus() {
    return relayStatus;
  }

  public long getPolicyGroupCount() {
    return policyGroupCount;
  }
}
