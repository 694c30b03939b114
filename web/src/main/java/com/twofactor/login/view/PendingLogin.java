package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * The console login waiting for its second step, kept in the HTTP session only: the challenge id
 * never reaches the browser.
 */
@SessionScoped
public class PendingLogin implements Serializable {

  private static final long serialVersionUID = 1L;

  private SecondStepNeeded next;

  void await(SecondStepNeeded secondStep) {
    this.next = secondStep;
  }

  public Optional<SecondStepNeeded> next() {
    return Optional.ofNullable(next);
  }

  void clear() {
    next = null;
  }
}
