package com.twofactor.users.entity;

/** The backup client a backup user runs: the server edition (OBM) or the desktop one (ACB). */
public enum ClientType {
  OBM,
  ACB
}
