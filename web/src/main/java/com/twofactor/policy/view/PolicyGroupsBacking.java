package com.twofactor.policy.view;

import com.twofactor.policy.boundary.PolicyGroupDetails;
import com.twofactor.policy.boundary.PolicyGroups;
import com.twofactor.shared.view.Messages;
import com.twofactor.shared.view.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** The Policy Group list and the dialog creating a group. */
@Named
@ViewScoped
public class PolicyGroupsBacking implements Serializable {

  @Inject PolicyGroups groups;
  @Inject Messages messages;

  private PagedRows<PolicyGroupDetails> rows;

  @Size(max = 64)
  private String name;

  private boolean requireTwoFactor;

  @PostConstruct
  void init() {
    rows = new PagedRows<>((filters, page) -> groups.list(page), PolicyGroupDetails::name);
  }

  /** Creates the group; the page closes the dialog when the callback says it was created. */
  public void create() {
    messages
        .attempt(() -> groups.create(new PolicyGroupDetails(name, requireTwoFactor, false)))
        .ifPresent(
            created -> {
              messages.info("policyGroups.created", created.name());
              PrimeFaces.current().ajax().addCallbackParam("created", true);
              name = null;
              requireTwoFactor = false;
            });
  }

  public PagedRows<PolicyGroupDetails> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isRequireTwoFactor() {
    return requireTwoFactor;
  }

  public void setRequireTwoFactor(boolean requireTwoFactor) {
    this.requireTwoFactor = requireTwoFactor;
  }
}
