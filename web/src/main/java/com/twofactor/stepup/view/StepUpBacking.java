package com.twofactor.stepup.view;

import com.twofactor.shared.boundary.StepUpRequiredException;
import com.twofactor.shared.view.Messages;
import com.twofactor.stepup.boundary.StepUpResult;
import com.twofactor.stepup.boundary.StepUps;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * The step-up dialog of console pages: a change of second factor the boundary refused for want of a
 * fresh proof is kept, the dialog asks for a current code or a recovery code (or the password where
 * nothing is paired), and the change is made once the proof is right.
 */
@Named
@ViewScoped
public class StepUpBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A console action that may need a step-up. */
  @FunctionalInterface
  public interface Action extends Serializable {
    void run();
  }

  @Inject StepUps stepUps;
  @Inject Messages messages;

  private Action pending;
  private boolean passwordExpected;
  private String code;
  private String password;

  /** Runs the action; if it needs a step-up first, opens the dialog and keeps it for later. */
  public void guard(Action action) {
    messages.attempt(
        () -> {
          try {
            action.run();
          } catch (StepUpRequiredException e) {
            pending = action;
            passwordExpected = stepUps.expectedProof() == StepUps.Proof.PASSWORD;
          }
          return Boolean.TRUE;
        });
  }

  /** The dialog's "Confirm": proves this session, then runs the kept action. */
  public void prove() {
    String proof = passwordExpected ? password : code;
    code = null;
    password = null;
    messages
        .attempt(
            () ->
                passwordExpected
                    ? stepUps.proveWithPassword(proof == null ? "" : proof)
                    : proveWithCode(proof == null ? "" : proof.strip()))
        .ifPresent(
            result -> {
              if (result.isProven()) {
                Action action = pending;
                pending = null;
                guard(action);
              } else if (result.asLoginRefusal().isPresent()) {
                if (result.outcome() == StepUpResult.Outcome.LOCKED) {
                  pending = null;
                }
                messages.errorText(result.asLoginRefusal().get().explanation(Instant.now()));
              } else {
                messages.error("stepUp.wrong");
              }
            });
  }

  /** Six to eight digits are a device code; anything else is taken for a recovery code. */
  private StepUpResult proveWithCode(String typed) {
    return typed.matches("\\d{6,8}")
        ? stepUps.proveWithCode(typed)
        : stepUps.proveWithRecoveryCode(typed);
  }

  public void cancel() {
    pending = null;
  }

  /** Whether the dialog is open. */
  public boolean isAsked() {
    return pending != null;
  }

  public boolean isPasswordExpected() {
    return passwordExpected;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
