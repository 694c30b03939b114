package com.twofactor.shared.boundary;

/**
 * Security role names, as constants for {@code @RolesAllowed}; they equal the names of {@link
 * com.twofactor.users.entity.Role} and the groups in access tokens.
 */
public final class Roles {

  public static final String ADMIN = "ADMIN";
  public static final String SUB_ADMIN = "SUB_ADMIN";
  public static final String READ_ONLY_ADMIN = "READ_ONLY_ADMIN";
  public static final String API_USER = "API_USER";
  public static final String READ_ONLY_API_USER = "READ_ONLY_API_USER";
  public static final String BACKUP_USER = "BACKUP_USER";

  private Roles() {}
}
