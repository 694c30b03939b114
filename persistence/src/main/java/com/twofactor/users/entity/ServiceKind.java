package com.twofactor.users.entity;

import com.twofactor.clients.entity.ConnectionType;
import java.util.Optional;

/**
 * The server-to-server connections that two-factor authentication does not cover. Each has its own
 * kind of service account: no other account may log in as one of them.
 */
public enum ServiceKind {
  REPLICATION,
  REDIRECTOR;

  /** The security group, and only role, of this kind's tokens. */
  public String securityGroup() {
    return "SERVICE_" + name();
  }

  public ConnectionType connectionType() {
    return ConnectionType.valueOf(name());
  }

  /** The kind whose connection this is, if it is a service connection. */
  public static Optional<ServiceKind> of(ConnectionType connection) {
    return switch (connection) {
      case REPLICATION -> Optional.of(REPLICATION);
      case REDIRECTOR -> Optional.of(REDIRECTOR);
      default -> Optional.empty();
    };
  }
}
