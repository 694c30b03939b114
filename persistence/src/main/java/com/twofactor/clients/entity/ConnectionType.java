package com.twofactor.clients.entity;

/** Where a login comes from. */
public enum ConnectionType {
  CONSOLE,
  API,
  OBM,
  ACB,
  REPLICATION,
  REDIRECTOR;

  /** A backup client, whose type and version are recorded on the backup user. */
  public boolean isBackupClient() {
    return this == OBM || this == ACB;
  }
}
