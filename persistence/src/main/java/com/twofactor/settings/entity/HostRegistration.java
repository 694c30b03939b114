package com.twofactor.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the branded mobile app reaches this server: protocol, a fully qualified domain name or an
 * external IPv4 address, and port.
 */
@Embeddable
public class HostRegistration {

  /** The protocols the app may use. */
  public enum Protocol {
    HTTP,
    HTTPS
  }

  private static final Pattern FQDN =
      Pattern.compile(
          "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

  @Enumerated(EnumType.STRING)
  @Column(name = "host_protocol", length = 8)
  private Protocol protocol;

  @Column(name = "host_name", length = 253)
  private String name;

  @Column(name = "host_port")
  private Integer port;

  protected HostRegistration() {}

  public HostRegistration(Protocol protocol, String name, int port) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    String host = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (!FQDN.matcher(host).matches() && !IPV4.matcher(host).matches()) {
      throw new IllegalArgumentException(
          "The host name must be a fully qualified domain name (host.example.com) or an IP address");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("The port must be between 1 and 65535");
    }
    this.name = host;
    this.port = port;
  }

  public Protocol protocol() {
    return protocol;
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  /** The base URL the app and the host test use, such as {@code https://cbs.example.com:443}. */
  public String baseUrl() {
    return protocol.name().toLowerCase(Locale.ROOT) + "://" + name + ":" + port;
  }

  boolean isComplete() {
    return protocol != null && name != null && port != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HostRegistration host
        && protocol == host.protocol
        && Objects.equals(name, host.name)
        && Objects.equals(port, host.port);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol, name, port);
  }
}
