package com.twofactor.users.entity;

/** Whether a backup user pays or tries the service. */
public enum BackupUserType {
  PAID,
  TRIAL
}
