package com.twofactor.login.view;

import com.twofactor.shared.view.Permissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/** The logged-in caller for the page header, the home redirect and logout. */
@Named
@RequestScoped
public class SessionBacking {

  @Inject SecurityContext security;
  @Inject Permissions permissions;
  @Inject FacesContext faces;

  public String getCallerName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  /** Sends whoever opens the root to their home page, or to the login page. */
  public void goHome() throws IOException {
    ExternalContext external = faces.getExternalContext();
    String page =
        security.getCallerPrincipal() == null
            ? TwoFactorAuthenticationMechanism.LOGIN_PAGE
            : Landing.pageFor(permissions);
    external.redirect(external.getRequestContextPath() + page);
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath() + TwoFactorAuthenticationMechanism.LOGIN_PAGE);
  }
}
