package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginChallenges;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.login.entity.ChallengeStep;
import com.twofactor.shared.boundary.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The console page after a right password when two-factor authentication asks for more: the
 * skippable "Set Up 2FA" prompt, the setup that cannot be skipped, or the challenge.
 */
@Named
@RequestScoped
public class SecondStepBacking {

  static final String PAGE = "/second-step.xhtml";

  @Inject PendingLogin pending;
  @Inject LoginChallenges challenges;
  @Inject SecurityContext security;
  @Inject FacesContext faces;

  private boolean doNotShowAgain;

  /** Without a pending login there is nothing to show: back to the login page. */
  public void requirePendingLogin() throws IOException {
    if (pending.next().isEmpty()) {
      ExternalContext external = faces.getExternalContext();
      external.redirect(
          external.getRequestContextPath() + TwoFactorAuthenticationMechanism.LOGIN_PAGE);
    }
  }

  public String getStep() {
    return pending.next().map(next -> next.challenge().name()).orElse("");
  }

  public String getAuthenticatorApp() {
    return pending.next().map(next -> next.authenticatorApp().name()).orElse("");
  }

  public boolean isSkippable() {
    return pending.next().map(next -> next.challenge() == ChallengeStep.SETUP_PROMPT).orElse(false);
  }

  public void skip() throws IOException {
    SecondStepNeeded next = pending.next().orElse(null);
    if (next == null) {
      requirePendingLogin();
      return;
    }
    try {
      challenges.skip(next.challengeId(), doNotShowAgain);
      finishLogin(next.challengeId());
    } catch (BusinessException e) {
      pending.clear();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public void cancel() throws IOException {
    pending.clear();
    requirePendingLogin();
  }

  private void finishLogin(String challengeId) throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new ChallengeCredential(challengeId))
                .newAuthentication(true));
    pending.clear();
    String page =
        status == AuthenticationStatus.SUCCESS
            ? Landing.pageFor(security)
            : TwoFactorAuthenticationMechanism.LOGIN_PAGE;
    external.redirect(external.getRequestContextPath() + page);
    faces.responseComplete();
  }

  public boolean isDoNotShowAgain() {
    return doNotShowAgain;
  }

  public void setDoNotShowAgain(boolean doNotShowAgain) {
    this.doNotShowAgain = doNotShowAgain;
  }
}
