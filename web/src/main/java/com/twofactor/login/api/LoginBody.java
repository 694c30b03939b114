package com.twofactor.login.api;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.login.boundary.SecondFactor;
import com.twofactor.shared.api.QueryParameters;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code POST /api/v1/auth/login}; without a client the caller is an API client. A client that
 * holds its second factor already may send it along ({@code code} of an authenticator app, or a
 * {@code recoveryCode}): the one-request login.
 */
public record LoginBody(
    String loginName, String password, Client client, String code, String recoveryCode) {

  /** {@code {"type":"OBM","version":"10.1.0.0"}}: what the client says it is. */
  public record Client(String type, String version) {}

  /** The client as the login boundary takes it; 400 for an unknown type or a malformed version. */
  ClientContext clientContext() {
    if (client == null || client.type() == null) {
      return ClientContext.API;
    }
    ConnectionType type =
        Arrays.stream(ConnectionType.values())
            .filter(candidate -> candidate.name().equals(client.type()))
            .findFirst()
            .orElseThrow(
                () ->
                    QueryParameters.badRequest(
                        "client.type is one of " + Arrays.toString(ConnectionType.values())));
    try {
      return ClientContext.of(type, client.version());
    } catch (IllegalArgumentException e) {
      throw QueryParameters.badRequest("client.version looks like 10.1.0.0");
    }
  }

  /** The second factor sent along, if any; 400 when both kinds are. */
  Optional<SecondFactor> secondFactor() {
    if (code != null && recoveryCode != null) {
      throw QueryParameters.badRequest("Send code or recoveryCode, not both");
    }
    if (code != null) {
      return Optional.of(SecondFactor.appCode(code));
    }
    return Optional.ofNullable(recoveryCode).map(SecondFactor::recoveryCode);
  }

  @Override
  public String toString() {
    return "LoginBody[loginName=" + loginName + "]";
  }
}
