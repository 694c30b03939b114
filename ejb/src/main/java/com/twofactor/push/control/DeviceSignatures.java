package com.twofactor.push.control;

import com.twofactor.config.MobileAppConfig;
import com.twofactor.shared.control.UniqueKeys;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.totp.entity.DeviceKind;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks a signed request of the branded app: a paired app of an enabled account, a timestamp
 * within the allowed skew of the server's clock, the device key's signature, and a signature never
 * seen before (the used ones are kept by a unique key, so a replay fails on any node).
 */
@ApplicationScoped
public class DeviceSignatures {

  @Inject AuthenticatorDeviceRepository devices;
  @Inject SignatureLedger ledger;
  @Inject MobileAppConfig config;
  @Inject Clock clock;

  /** What the app sent besides its body. */
  public record Signed(
      String deviceId, String timestamp, String signature, String method, String path) {}

  /** The device whose request it is, or why it is refused. */
  public sealed interface Verdict {
    record Accepted(AuthenticatorDevice device) implements Verdict {}

    /**
     * @param device the claimed device id, when it named one that exists
     */
    record Refused(String reason, AuthenticatorDevice device) implements Verdict {}
  }

  public Verdict verify(Signed request, byte[] body) {
    if (isBlank(request.deviceId())
        || isBlank(request.timestamp())
        || isBlank(request.signature())) {
      return new Verdict.Refused("unsigned request", null);
    }
    long id;
    try {
      id = Long.parseLong(request.deviceId().strip());
    } catch (NumberFormatException e) {
      return new Verdict.Refused("unknown device", null);
    }
    AuthenticatorDevice device = devices.find(id).orElse(null);
    if (device == null
        || device.kind() != DeviceKind.MOBILE_APP
        || !device.isPaired()
        || device.publicKey().isEmpty()) {
      return new Verdict.Refused("unknown or removed device", null);
    }
    if (device.account().isDisabled()) {
      return new Verdict.Refused("account disabled", device);
    }
    Instant now = clock.instant();
    Instant at;
    try {
      at = Instant.ofEpochSecond(Long.parseLong(request.timestamp().strip()));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return new Verdict.Refused("unreadable timestamp", device);
    }
    if (Duration.between(at, now).abs().compareTo(config.signatureSkew()) > 0) {
      return new Verdict.Refused("stale timestamp", device);
    }
    String text =
        DeviceKeys.signedText(request.method(), request.path(), request.timestamp().strip(), body);
    if (!DeviceKeys.verifies(device.publicKey().get(), text, request.signature().strip())) {
      return new Verdict.Refused("wrong signature", device);
    }
    try {
      ledger.spend(Tokens.sha256Hex(request.signature().strip()), device.id(), now);
    } catch (EJBException e) {
      if (UniqueKeys.violatedBy(e)) {
        return new Verdict.Refused("replayed signature", device);
      }
      throw e;
    }
    return new Verdict.Accepted(device);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
