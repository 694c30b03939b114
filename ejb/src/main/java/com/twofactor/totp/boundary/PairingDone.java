package com.twofactor.totp.boundary;

import java.util.List;

/**
 * A device just paired from the account's own page, with the recovery codes made for the account
 * when it had none left (empty otherwise): shown once, never stored in clear.
 */
public record PairingDone(DeviceDetails device, List<String> recoveryCodes) {

  public PairingDone {
    recoveryCodes = List.copyOf(recoveryCodes);
  }

  @Override
  public String toString() {
    return "PairingDone[device=" + device + ", recoveryCodes=" + recoveryCodes.size() + "]";
  }
}
