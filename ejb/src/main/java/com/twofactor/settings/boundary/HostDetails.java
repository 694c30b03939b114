package com.twofactor.settings.boundary;

import com.twofactor.settings.entity.HostRegistration;
import java.time.Instant;
import java.util.Locale;

/**
 * The registered host of the branded mobile app.
 *
 * @param protocol {@code http} or {@code https}
 * @param lastTestedAt the last successful Test of exactly this host, if any
 */
public record HostDetails(String protocol, String name, int port, Instant lastTestedAt) {

  static HostDetails of(HostRegistration host, Instant lastTestedAt) {
    return new HostDetails(
        host.protocol().name().toLowerCase(Locale.ROOT), host.name(), host.port(), lastTestedAt);
  }
}
