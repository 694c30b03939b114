package com.twofactor.login.api;

import com.twofactor.login.boundary.ClientContext;

/** {@code POST /api/v1/auth/login}; without a client the caller is an API client. */
public record LoginBody(String loginName, String password, ClientContext client) {

  @Override
  public String toString() {
    return "LoginBody[loginName=" + loginName + "]";
  }
}
