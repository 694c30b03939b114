package com.twofactor.users.view;

import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.shared.view.Permissions;
import com.twofactor.users.boundary.SystemUserDetails;
import com.twofactor.users.boundary.SystemUsers;
import com.twofactor.users.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The sub-admins an admin may make the owner of a backup user. Empty for sub-admins, who may not
 * read system users and own what they create.
 */
@Named
@RequestScoped
public class SubAdminChoices {

  @Inject SystemUsers systemUsers;
  @Inject Permissions permissions;

  private List<String> loginNames = List.of();

  @PostConstruct
  void load() {
    if (!permissions.isAdmin() && !permissions.isReadOnly()) {
      return;
    }
    List<String> names = new ArrayList<>();
    Page<SystemUserDetails> page;
    int number = 0;
    do {
      page = systemUsers.list(new PageRequest(number++, PageRequest.MAX_SIZE));
      page.items().stream()
          .filter(user -> user.role() == Role.SUB_ADMIN)
          .map(SystemUserDetails::loginName)
          .forEach(names::add);
    } while ((long) number * PageRequest.MAX_SIZE < page.total());
    loginNames = List.copyOf(names);
  }

  public List<String> getLoginNames() {
    return loginNames;
  }
}
