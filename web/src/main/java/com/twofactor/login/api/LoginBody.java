package com.twofactor.login.api;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.shared.api.QueryParameters;
import java.util.Arrays;

/** {@code POST /api/v1/auth/login}; without a client the caller is an API client. */
public record LoginBody(String loginName, String password, Client client) {

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

  @Override
  public String toString() {
    return "LoginBody[loginName=" + loginName + "]";
  }
}
