package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.shared.boundary.Failure;
import com.twofactor.shared.boundary.ServiceBusyException;
import com.twofactor.shared.view.Messages;
import com.twofactor.shared.view.Permissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Instant;

/** The console login page. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;
  @Inject Permissions permissions;
  @Inject LoginAttempt attempt;
  @Inject PendingLogin pending;
  @Inject FacesContext faces;
  @Inject Messages messages;

  @NotBlank private String loginName;
  @NotBlank private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status;
    try {
      status =
          security.authenticate(
              (HttpServletRequest) external.getRequest(),
              (HttpServletResponse) external.getResponse(),
              AuthenticationParameters.withParams()
                  .credential(new UsernamePasswordCredential(loginName, new Password(password)))
                  .newAuthentication(true));
    } catch (RuntimeException e) {
      // More passwords at once than the server hashes: say so, nothing was tried.
      if (Failure.of(e) instanceof Failure.Refused refused
          && refused.rule() instanceof ServiceBusyException) {
        messages.explain(e);
        return;
      }
      throw e;
    }
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + Landing.pageFor(permissions));
      faces.responseComplete();
      return;
    }
    if (attempt.result().orElse(null) instanceof SecondStepNeeded next) {
      // The password is proven: a session id fixed before it must not carry the pending login.
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      pending.await(next);
      external.redirect(external.getRequestContextPath() + SecondStepBacking.PAGE);
      faces.responseComplete();
      return;
    }
    LoginResult result = attempt.result().orElse(null);
    messages.errorText(
        result instanceof Refused refused
            ? refused.explanation(Instant.now())
            : Refused.because(LoginResult.Reason.BAD_CREDENTIALS).explanation(Instant.now()));
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
