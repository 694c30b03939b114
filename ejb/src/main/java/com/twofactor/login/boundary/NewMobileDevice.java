package com.twofactor.login.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The branded app pairing itself with the token from a QR code.
 *
 * @param platform {@code android} or {@code ios}
 * @param publicKey the app's EC P-256 public key, X.509, base64: it signs the app's requests
 */
public record NewMobileDevice(
    @NotBlank @Size(max = 128) String token,
    @Size(max = 64) String deviceName,
    @NotBlank @Size(max = 16) String platform,
    @NotBlank @Size(max = 512) String publicKey) {

  @Override
  public String toString() {
    return "NewMobileDevice[deviceName=" + deviceName + ", platform=" + platform + "]";
  }
}
