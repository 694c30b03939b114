package com.twofactor.users.entity;

/** The role of a system user; its name is also the security group and role of the caller. */
public enum Role {
  ADMIN,
  SUB_ADMIN,
  READ_ONLY_ADMIN,
  API_USER,
  READ_ONLY_API_USER;

  /** Security role of backup users, who hold no system role. */
  public static final String BACKUP_USER = "BACKUP_USER";

  /** API users use the API only; they never log into the console. */
  public boolean mayUseConsole() {
    return this != API_USER && this != READ_ONLY_API_USER;
  }
}
