package com.twofactor.users.view;

import com.twofactor.shared.view.Messages;
import com.twofactor.users.boundary.BackupUsers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** The "New backup user" dialog of the Backup User list. */
@Named
@ViewScoped
public class NewBackupUserBacking implements Serializable {

  @Inject BackupUsers backupUsers;
  @Inject Messages messages;
  @Inject BackupUsersBacking list;

  private BackupUserForm form = new BackupUserForm();

  /** Creates the user; the page closes the dialog when the callback says it was created. */
  public void create() {
    messages
        .attempt(() -> backupUsers.create(form.toNewUser()))
        .ifPresent(
            created -> {
              messages.info("backupUsers.created", created.loginName());
              list.usersChanged();
              PrimeFaces.current().ajax().addCallbackParam("created", true);
              form = new BackupUserForm();
            });
  }

  public BackupUserForm getForm() {
    return form;
  }
}
