package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginResult;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** How the console login of this request ended, for the page to explain a refusal. */
@RequestScoped
public class LoginAttempt {

  private LoginResult result;

  void record(LoginResult result) {
    this.result = result;
  }

  public Optional<LoginResult> result() {
    return Optional.ofNullable(result);
  }
}
