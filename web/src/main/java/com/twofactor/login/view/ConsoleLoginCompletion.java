package com.twofactor.login.view;

import com.twofactor.shared.view.Permissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends a console login whose second step is done: the completed challenge becomes the session
 * (through the authentication mechanism, so the session id changes), then the user's home page.
 */
@RequestScoped
public class ConsoleLoginCompletion {

  @Inject PendingLogin pending;
  @Inject SecurityContext security;
  @Inject Permissions permissions;
  @Inject FacesContext faces;

  public void start(String challengeId) throws IOException {
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
            ? Landing.pageFor(permissions)
            : TwoFactorAuthenticationMechanism.LOGIN_PAGE;
    external.redirect(external.getRequestContextPath() + page);
    faces.responseComplete();
  }

  /** Back to the login page, forgetting the pending login. */
  public void abandon() throws IOException {
    pending.clear();
    ExternalContext external = faces.getExternalContext();
    external.redirect(
        external.getRequestContextPath() + TwoFactorAuthenticationMechanism.LOGIN_PAGE);
    faces.responseComplete();
  }
}
