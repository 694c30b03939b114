package com.twofactor.users.view;

import com.twofactor.shared.view.PagedRows;
import com.twofactor.users.boundary.BackupUserDetails;
import com.twofactor.users.boundary.BackupUsers;
import com.twofactor.users.entity.BackupUserFilter;
import com.twofactor.users.entity.ClientType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The Backup User list: one page at a time from the database, narrowed by the login name, owner and
 * client type filters of its columns. A sub-admin's list holds only its own users.
 */
@Named
@ViewScoped
public class BackupUsersBacking implements Serializable {

  static final String LOGIN_NAME = "loginName";
  static final String OWNER = "owner";
  static final String CLIENT_TYPE = "clientType";

  @Inject BackupUsers backupUsers;

  private PagedRows<BackupUserDetails> rows;

  @PostConstruct
  void init() {
    rows =
        new PagedRows<>(
            (filters, page) -> backupUsers.list(filterOf(filters), page),
            BackupUserDetails::loginName);
  }

  static BackupUserFilter filterOf(Map<String, String> filters) {
    return new BackupUserFilter(
        Optional.ofNullable(filters.get(LOGIN_NAME)),
        Optional.ofNullable(filters.get(OWNER)),
        Arrays.stream(ClientType.values())
            .filter(type -> type.name().equals(filters.get(CLIENT_TYPE)))
            .findFirst());
  }

  public PagedRows<BackupUserDetails> getRows() {
    return rows;
  }

  public ClientType[] getClientTypes() {
    return ClientType.values();
  }
}
