package com.twofactor.users.view;

import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.view.Messages;
import com.twofactor.shared.view.Permissions;
import com.twofactor.users.boundary.BackupUserDetails;
import com.twofactor.users.boundary.BackupUsers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;

/** The User Profile of one backup user, named by the {@code loginName} request parameter. */
@Named
@ViewScoped
public class BackupUserBacking implements Serializable {

  @Inject BackupUsers backupUsers;
  @Inject Permissions permissions;
  @Inject Messages messages;

  private String loginName;
  private BackupUserDetails user;
  private BackupUserForm form;

  /** Reads the user; one that does not exist, or is not the caller's to see, leaves a message. */
  public void load() {
    try {
      show(backupUsers.get(Objects.requireNonNullElse(loginName, "")));
    } catch (RecordNotFoundException e) {
      messages.error("backupUser.notFound", Objects.toString(loginName, ""));
    }
  }

  public void save() {
    messages
        .attempt(() -> backupUsers.change(user.loginName(), form.toChanges(permissions.isAdmin())))
        .ifPresent(
            saved -> {
              show(saved);
              messages.info("common.saved");
            });
  }

  private void show(BackupUserDetails details) {
    user = details;
    form = BackupUserForm.of(details);
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
  }

  public BackupUserDetails getUser() {
    return user;
  }

  public BackupUserForm getForm() {
    return form;
  }
}
