package com.twofactor.policy.view;

import com.twofactor.policy.boundary.PolicyGroupDetails;
import com.twofactor.policy.boundary.PolicyGroups;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** One policy group, named by the {@code name} request parameter: its name and 2FA requirement. */
@Named
@ViewScoped
public class PolicyGroupBacking implements Serializable {

  @Inject PolicyGroups groups;
  @Inject Messages messages;

  private String name;
  private PolicyGroupDetails group;

  @Size(max = 64)
  private String newName;

  private boolean requireTwoFactor;

  public void load() {
    try {
      show(groups.get(Objects.requireNonNullElse(name, "")));
    } catch (RecordNotFoundException e) {
      messages.error("policyGroup.notFound", Objects.toString(name, ""));
    }
  }

  /** Saves; after a rename the page reloads under the new name, so its address stays right. */
  public String save() {
    var changes = new PolicyGroupDetails(newName, requireTwoFactor, group.defaultGroup());
    Optional<PolicyGroupDetails> saved =
        messages.attempt(() -> groups.change(group.name(), changes));
    if (saved.isEmpty()) {
      return null;
    }
    messages.info("common.saved");
    if (saved.get().name().equals(group.name())) {
      show(saved.get());
      return null;
    }
    name = saved.get().name();
    messages.keepForRedirect();
    return "policy-group?faces-redirect=true&includeViewParams=true";
  }

  private void show(PolicyGroupDetails details) {
    group = details;
    newName = details.name();
    requireTwoFactor = details.requireTwoFactor();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PolicyGroupDetails getGroup() {
    return group;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public boolean isRequireTwoFactor() {
    return requireTwoFactor;
  }

  public void setRequireTwoFactor(boolean requireTwoFactor) {
    this.requireTwoFactor = requireTwoFactor;
  }
}
