package com.twofactor.totp.boundary;

import com.twofactor.totp.entity.AuthenticatorDevice;
import java.time.Instant;

/**
 * A paired device as lists show it; never its secret.
 *
 * @param mobileBackup the device can do mobile backup (only the branded app can)
 */
public record DeviceDetails(
    Long id,
    String name,
    String kind,
    String app,
    Instant pairedAt,
    Instant lastUsedAt,
    boolean mobileBackup) {

  static DeviceDetails of(AuthenticatorDevice device) {
    return new DeviceDetails(
        device.id(),
        device.name(),
        device.kind().name(),
        device.app().name(),
        device.pairedAt().orElse(null),
        device.lastUsedAt().orElse(null),
        device.mobileBackup());
  }
}
