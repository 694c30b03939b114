package com.twofactor.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * The client a login comes from: its connection type and, for backup clients, its version. What the
 * client claims here is checked against its account before it counts for anything.
 */
@Embeddable
public class ClientContext {

  public static final ClientContext CONSOLE = new ClientContext(ConnectionType.CONSOLE, null);
  public static final ClientContext API = new ClientContext(ConnectionType.API, null);

  @Enumerated(EnumType.STRING)
  @Column(name = "client_type", nullable = false, length = 16, updatable = false)
  private ConnectionType type;

  @Convert(converter = ClientVersionConverter.class)
  @Column(name = "client_version", length = 32, updatable = false)
  private ClientVersion version;

  protected ClientContext() {}

  public ClientContext(ConnectionType type, ClientVersion version) {
    this.type = Objects.requireNonNull(type, "type");
    this.version = version;
  }

  /**
   * @param version a dotted version such as {@code 10.1.0.0}, or null
   * @throws IllegalArgumentException when the version is not one
   */
  public static ClientContext of(ConnectionType type, String version) {
    return new ClientContext(type, version == null ? null : ClientVersion.parse(version));
  }

  public ConnectionType type() {
    return type;
  }

  public Optional<ClientVersion> version() {
    return Optional.ofNullable(version);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClientContext that
        && type == that.type
        && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, version);
  }

  @Override
  public String toString() {
    return type + (version == null ? "" : " " + version);
  }
}
