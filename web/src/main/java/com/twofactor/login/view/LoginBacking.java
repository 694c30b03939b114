package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.Refused;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/** The console login page. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;
  @Inject LoginAttempt attempt;
  @Inject PendingLogin pending;
  @Inject FacesContext faces;

  @NotBlank private String loginName;
  @NotBlank private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(loginName, new Password(password)))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + Landing.pageFor(security));
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
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, refusalMessage(attempt.result().orElse(null)), null));
  }

  private String refusalMessage(LoginResult result) {
    ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
    if (result instanceof Refused refused) {
      switch (refused.reason()) {
        case LOCKED:
          return refused
              .until()
              .map(
                  until ->
                      messages.getString("login.locked.until")
                          + " "
                          + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                              .withZone(ZoneId.systemDefault())
                              .format(until))
              .orElse(messages.getString("login.locked"));
        case THROTTLED:
          return messages.getString("login.throttled");
        case CONSOLE_NOT_ALLOWED:
          return messages.getString("login.apiOnly");
        case CONNECTION_NOT_ALLOWED:
          return refused.detail().orElse(messages.getString("login.failed"));
        case DISABLED:
          return messages.getString("login.disabled");
        case CLIENT_NOT_CAPABLE:
          return refused.detail().orElse(messages.getString("login.failed"));
        default:
          break;
      }
    }
    return messages.getString("login.failed");
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
