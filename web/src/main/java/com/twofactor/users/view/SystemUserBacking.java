package com.twofactor.users.view;

import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.view.Messages;
import com.twofactor.users.boundary.AccountAccess;
import com.twofactor.users.boundary.SystemUserDetails;
import com.twofactor.users.boundary.SystemUsers;
import com.twofactor.users.entity.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;

/** One system user, named by the {@code loginName} request parameter: role, 2FA, password. */
@Named
@ViewScoped
public class SystemUserBacking implements Serializable {

  @Inject SystemUsers systemUsers;
  @Inject AccountAccess access;
  @Inject Messages messages;

  private String loginName;
  private SystemUserDetails user;
  private SystemUserForm form;

  public void load() {
    try {
      show(systemUsers.get(Objects.requireNonNullElse(loginName, "")));
    } catch (RecordNotFoundException e) {
      messages.error("systemUser.notFound", Objects.toString(loginName, ""));
    }
  }

  public void save() {
    messages
        .attempt(() -> systemUsers.change(user.loginName(), form.toChanges()))
        .ifPresent(
            saved -> {
              show(saved);
              messages.info("common.saved");
            });
  }

  /** The user can no longer log in; its sessions and tokens stop at once. */
  public void disable() {
    messages
        .attempt(() -> access.disable(user.loginName()))
        .ifPresent(done -> messages.info("account.disabledDone"));
    show(systemUsers.get(user.loginName()));
  }

  public void enable() {
    messages
        .attempt(() -> access.enable(user.loginName()))
        .ifPresent(done -> messages.info("account.enabledDone"));
    show(systemUsers.get(user.loginName()));
  }

  private void show(SystemUserDetails details) {
    user = details;
    form = SystemUserForm.of(details);
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
  }

  public SystemUserDetails getUser() {
    return user;
  }

  public SystemUserForm getForm() {
    return form;
  }

  public Role[] getRoles() {
    return Role.values();
  }
}
