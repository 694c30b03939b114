package com.twofactor.users.view;

import com.twofactor.shared.entity.Keyset;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.shared.entity.Slice;
import com.twofactor.shared.view.KeysetRows;
import com.twofactor.shared.view.Messages;
import com.twofactor.sms.boundary.TwilioAdministration;
import com.twofactor.users.boundary.BackupUserDetails;
import com.twofactor.users.boundary.BackupUsers;
import com.twofactor.users.boundary.BulkTwoFactorRequest;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.TwoFactorState;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Backup User list: one page at a time from the database, read by keyset so any page of 100,000
 * users comes as fast as the first, narrowed by the login name, owner, client type and 2FA filters
 * of its columns. The 2FA view shows the users' devices and lets several users be selected to
 * Enable / Disable Two-Factor Authentication at once. A sub-admin's list holds only its own users.
 */
@Named
@ViewScoped
public class BackupUsersBacking implements Serializable {

  /** The columns the list shows, as its "View" selector offers them. */
  public enum View {
    GENERAL,
    TWO_FACTOR
  }

  @Inject BackupUsers backupUsers;
  @Inject Messages messages;
  @Inject TwilioAdministration twilio;

  private Boolean twilioActive;

  private KeysetRows<BackupUserDetails> rows;
  private View view = View.GENERAL;
  private List<BackupUserDetails> selected = new ArrayList<>();

  @PostConstruct
  void init() {
    rows = new KeysetRows<>(new Listing(backupUsers), BackupUserDetails::loginName);
  }

  /** The list as the boundary reads it, by keyset, with the column filters as its filter. */
  private record Listing(BackupUsers backupUsers) implements KeysetRows.Source<BackupUserDetails> {

    @Override
    public long count(Map<String, String> filters) {
      return backupUsers.count(ListFilters.of(filters));
    }

    @Override
    public Slice<BackupUserDetails> slice(Map<String, String> filters, Keyset keyset) {
      return backupUsers.slice(ListFilters.of(filters), keyset, false);
    }

    @Override
    public List<BackupUserDetails> page(Map<String, String> filters, PageRequest page) {
      return backupUsers.rows(ListFilters.of(filters), page);
    }
  }

  /** This view added or changed users: the list's total is counted again. */
  public void usersChanged() {
    rows.recount();
  }

  public void enableTwoFactor() {
    changeTwoFactor(true);
  }

  public void disableTwoFactor() {
    changeTwoFactor(false);
  }

  private void changeTwoFactor(boolean enabled) {
    List<String> names = selected.stream().map(BackupUserDetails::loginName).toList();
    messages
        .attempt(() -> backupUsers.changeTwoFactor(new BulkTwoFactorRequest(names, enabled)))
        .ifPresent(
            result -> {
              messages.info(
                  "backupUsers.twoFactorChanged", result.changed(), result.notFound().size());
              selected = new ArrayList<>();
              usersChanged();
            });
  }

  public KeysetRows<BackupUserDetails> getRows() {
    return rows;
  }

  public View getView() {
    return view;
  }

  /** Another view shows other columns; what was selected in the 2FA view is let go. */
  public void setView(View view) {
    this.view = view == null ? View.GENERAL : view;
    selected = new ArrayList<>();
  }

  /** Legacy Twilio SMS is on: the 2FA view shows the "SMS Authentication" column. */
  public boolean isTwilioActive() {
    if (twilioActive == null) {
      twilioActive = twilio.isActive();
    }
    return twilioActive;
  }

  public boolean isTwoFactorView() {
    return view == View.TWO_FACTOR;
  }

  public List<BackupUserDetails> getSelected() {
    return selected;
  }

  public void setSelected(List<BackupUserDetails> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public ClientType[] getClientTypes() {
    return ClientType.values();
  }

  public TwoFactorState[] getTwoFactorStates() {
    return TwoFactorState.values();
  }
}
