package com.twofactor.policy.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.audit.boundary.ChangeLog;
import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Lists, creates and changes policy groups. */
@Stateless
@RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
public class PolicyGroups {

  @Inject PolicyGroupRepository groups;
  @Inject Event<Audited> audit;
  @Resource SessionContext context;

  public Page<PolicyGroupDetails> list(@NotNull PageRequest page) {
    return groups.page(page).map(PolicyGroupDetails::of);
  }

  public PolicyGroupDetails get(@NotNull String name) {
    return PolicyGroupDetails.of(find(name));
  }

  @RolesAllowed({ADMIN, API_USER})
  public PolicyGroupDetails create(@NotNull @Valid PolicyGroupDetails request) {
    if (groups.findByName(request.name().strip()).isPresent()) {
      throw new ConflictingChangeException("A policy group " + request.name() + " exists");
    }
    var group = PolicyGroup.named(request.name(), request.requireTwoFactor());
    groups.add(group);
    audit.fire(
        Audited.success(
            Caller.of(context).loginName(),
            "policy group " + group.name(),
            "POLICY_GROUP_CREATED",
            "requireTwoFactor: " + group.requiresTwoFactor()));
    return PolicyGroupDetails.of(group);
  }

  /** Renames the group and sets its two-factor requirement. */
  @RolesAllowed({ADMIN, API_USER})
  public PolicyGroupDetails change(@NotNull String name, @NotNull @Valid PolicyGroupDetails c) {
    PolicyGroup group = find(name);
    String newName = c.name().strip();
    if (!newName.equals(group.name()) && groups.findByName(newName).isPresent()) {
      throw new ConflictingChangeException("A policy group " + newName + " exists");
    }
    ChangeLog changes =
        new ChangeLog()
            .compare("name", group.name(), newName)
            .compare("requireTwoFactor", group.requiresTwoFactor(), c.requireTwoFactor());
    group.rename(newName);
    group.changeTwoFactorRequirement(c.requireTwoFactor());
    changes
        .audited(Caller.of(context).loginName(), "policy group " + name, "POLICY_GROUP_CHANGED")
        .ifPresent(audit::fire);
    return PolicyGroupDetails.of(group);
  }

  private PolicyGroup find(String name) {
    return groups
        .findByName(name)
        .orElseThrow(() -> new RecordNotFoundException("No policy group " + name));
  }
}
