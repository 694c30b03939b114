package com.twofactor.push.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.push.control.PushNotifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Whether the push relay answers, as this node last saw it, for the dashboard. */
@Stateless
@RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
public class PushRelays {

  @Inject PushNotifier notifier;

  /** NOT_CONFIGURED, UNKNOWN, REACHABLE or UNREACHABLE. */
  public String status() {
    return notifier.relayStatus().name();
  }
}
