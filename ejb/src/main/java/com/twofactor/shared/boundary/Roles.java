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

  /**
   * The only scope of a replication or redirector service account's token: it opens none of the
   * administration, self-service or login endpoints of this application.
   */
  public static final String SERVICE_REPLICATION = "SERVICE_REPLICATION";

  public static final String SERVICE_REDIRECTOR = "SERVICE_REDIRECTOR";

  private Roles() {}
}
