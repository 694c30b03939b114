package com.twofactor.login.boundary;

import jakarta.validation.constraints.Size;

/**
 * The second factor sent with the password, for the one-request login: a code of a paired
 * authenticator app, or one of the account's recovery codes. Never logged nor kept.
 */
public record SecondFactor(@Size(max = 16) String code, @Size(max = 64) String recoveryCode) {

  public static SecondFactor appCode(String code) {
    return new SecondFactor(code, null);
  }

  public static SecondFactor recoveryCode(String code) {
    return new SecondFactor(null, code);
  }

  public boolean isRecoveryCode() {
    return recoveryCode != null;
  }

  @Override
  public String toString() {
    return isRecoveryCode() ? "SecondFactor[recovery code]" : "SecondFactor[app code]";
  }
}
