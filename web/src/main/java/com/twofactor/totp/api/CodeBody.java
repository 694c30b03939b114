package com.twofactor.totp.api;

/** A code from an authenticator app, and the name to give a device being paired. */
public record CodeBody(String code, String deviceName) {

  @Override
  public String toString() {
    return "CodeBody[deviceName=" + deviceName + "]";
  }
}
