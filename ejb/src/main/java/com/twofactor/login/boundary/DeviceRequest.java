package com.twofactor.login.boundary;

/**
 * A request of the branded app as it arrived: its signature headers, method, path and body, which
 * the signature covers.
 *
 * @param timestamp seconds since the epoch, as the app sent them
 */
public record DeviceRequest(
    String deviceId, String timestamp, String signature, String method, String path, byte[] body) {

  @Override
  public String toString() {
    return "DeviceRequest[deviceId=" + deviceId + ", " + method + " " + path + "]";
  }
}
