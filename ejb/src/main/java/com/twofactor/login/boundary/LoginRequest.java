package com.twofactor.login.boundary;

import com.twofactor.clients.entity.ClientContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The password step of a login. The password is never logged nor kept. */
public record LoginRequest(
    @NotNull @Size(min = 1, max = 64) String loginName,
    @NotNull @Size(min = 1, max = 1024) String password,
    @NotNull @Valid ClientContext client,
    String sourceAddress) {

  @Override
  public String toString() {
    return "LoginRequest[loginName=" + loginName + ", client=" + client + "]";
  }
}
