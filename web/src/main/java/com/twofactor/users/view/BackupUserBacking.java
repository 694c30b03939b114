package com.twofactor.users.view;

import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.view.Messages;
import com.twofactor.shared.view.Permissions;
import com.twofactor.stepup.view.StepUpBacking;
import com.twofactor.totp.boundary.AuthenticatorPairings;
import com.twofactor.totp.boundary.DeviceDetails;
import com.twofactor.users.boundary.AccountAccess;
import com.twofactor.users.boundary.BackupUserDetails;
import com.twofactor.users.boundary.BackupUsers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The User Profile of one backup user, named by the {@code loginName} request parameter, with the
 * devices it paired and their reset.
 */
@Named
@ViewScoped
public class BackupUserBacking implements Serializable {

  @Inject BackupUsers backupUsers;
  @Inject Permissions permissions;
  @Inject AuthenticatorPairings pairings;
  @Inject AccountAccess access;
  @Inject Messages messages;
  @Inject StepUpBacking stepUp;

  private String loginName;
  private BackupUserDetails user;
  private BackupUserForm form;
  private List<DeviceDetails> devices = List.of();

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

  /** Removes one device; the user pairs again at the next login if it has no other. */
  public void resetDevice(DeviceDetails device) {
    reset(Optional.of(device.id()));
  }

  public void resetAllDevices() {
    reset(Optional.empty());
  }

  /** Needs a fresh step-up of the admin's session: the step-up dialog asks for it. */
  private void reset(Optional<Long> deviceId) {
    Long id = deviceId.orElse(null);
    stepUp.guard(
        () -> {
          int removed = pairings.resetDevices(user.loginName(), Optional.ofNullable(id));
          messages.info("backupUser.resetDone", removed);
          show(backupUsers.get(user.loginName()));
        });
  }

  /** The user can no longer log in; its sessions and tokens stop at once. */
  public void disable() {
    messages
        .attempt(() -> access.disable(user.loginName()))
        .ifPresent(done -> messages.info("account.disabledDone"));
    show(backupUsers.get(user.loginName()));
  }

  public void enable() {
    messages
        .attempt(() -> access.enable(user.loginName()))
        .ifPresent(done -> messages.info("account.enabledDone"));
    show(backupUsers.get(user.loginName()));
  }

  private void show(BackupUserDetails details) {
    user = details;
    form = BackupUserForm.of(details);
    devices = pairings.devicesOf(details.loginName());
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

  public List<DeviceDetails> getDevices() {
    return devices;
  }
}
