package com.twofactor.bootstrap.entity;

/** The keys every node of an installation must share. */
public enum InstallationKey {
  /** The AES-256 key that encrypts stored secrets such as TOTP seeds. */
  SECRETS,
  /** The RSA key pair that signs and verifies access tokens. */
  TOKEN_SIGNING
}
