package com.twofactor.policy.view;

import com.twofactor.policy.boundary.PolicyGroupDetails;
import com.twofactor.policy.boundary.PolicyGroups;
import com.twofactor.shared.entity.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The names of the policy groups a backup user can join; groups are few, one page holds them. */
@Named
@RequestScoped
public class PolicyGroupChoices {

  @Inject PolicyGroups groups;

  private List<String> names;

  @PostConstruct
  void load() {
    names =
        groups.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
            .map(PolicyGroupDetails::name)
            .toList();
  }

  public List<String> getNames() {
    return names;
  }
}
