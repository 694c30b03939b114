package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginChallenges;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.policy.entity.ChallengeMethod;
import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

/**
 * The console page after a right password when two-factor authentication asks for more: the
 * skippable "Set Up 2FA" prompt, the setup that cannot be skipped (pairing is on {@link
 * LoginPairingBacking}), or the code from a paired app.
 */
@Named
@RequestScoped
public class SecondStepBacking {

  static final String PAGE = "/second-step.xhtml";

  @Inject PendingLogin pending;
  @Inject LoginChallenges challenges;
  @Inject ConsoleLoginCompletion session;
  @Inject FacesContext faces;
  @Inject Messages messages;

  private boolean doNotShowAgain;
  private String code;
  private String recoveryCode;

  /**
   * Without a pending login there is nothing to show: back to the login page. A login that is
   * answered by SMS (legacy Twilio) has its own page.
   */
  public void requirePendingLogin() throws IOException {
    if (pending.next().isEmpty()) {
      session.abandon();
    } else if (pending.next().get().methods().contains(ChallengeMethod.SMS)) {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + SmsStepBacking.PAGE);
    }
  }

  public String getStep() {
    return pending.next().map(next -> next.challenge().name()).orElse("");
  }

  public boolean isSkippable() {
    return pending.next().map(next -> next.challenge() == ChallengeStep.SETUP_PROMPT).orElse(false);
  }

  public void skip() throws IOException {
    SecondStepNeeded next = pending.next().orElse(null);
    if (next == null) {
      session.abandon();
      return;
    }
    try {
      challenges.skip(next.challengeId(), doNotShowAgain);
      session.start(next.challengeId());
    } catch (BusinessException e) {
      messages.explain(e);
    }
  }

  /** The code from a paired authenticator app. */
  public void verify() throws IOException {
    String typed = code == null ? "" : code;
    answer(challengeId -> challenges.answerTotp(challengeId, typed));
  }

  /** "Use a recovery code": one of the account's codes instead of the app's; it works once. */
  public void useRecoveryCode() throws IOException {
    String typed = recoveryCode == null ? "" : recoveryCode.strip();
    recoveryCode = null; // never rendered back into the page
    answer(challengeId -> challenges.answerRecoveryCode(challengeId, typed));
  }

  /** Answers the pending challenge: a right answer opens the console, a refusal says why. */
  private void answer(Function<String, LoginResult> answering) throws IOException {
    SecondStepNeeded next = pending.next().orElse(null);
    if (next == null) {
      session.abandon();
      return;
    }
    try {
      LoginResult result = answering.apply(next.challengeId());
      if (result instanceof LoginResult.Authenticated) {
        session.start(next.challengeId());
      } else {
        messages.errorText(((LoginResult.Refused) result).explanation(Instant.now()));
      }
    } catch (BusinessException e) {
      messages.explain(e);
    }
  }

  public void cancel() throws IOException {
    session.abandon();
  }

  public boolean isDoNotShowAgain() {
    return doNotShowAgain;
  }

  public void setDoNotShowAgain(boolean doNotShowAgain) {
    this.doNotShowAgain = doNotShowAgain;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getRecoveryCode() {
    return recoveryCode;
  }

  public void setRecoveryCode(String recoveryCode) {
    this.recoveryCode = recoveryCode;
  }
}
