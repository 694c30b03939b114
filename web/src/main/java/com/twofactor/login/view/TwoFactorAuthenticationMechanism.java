package com.twofactor.login.view;

import com.twofactor.login.control.SecurityStamps;
import com.twofactor.shared.api.RequestArea;
import com.twofactor.shared.api.SecurityHeaders;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The application's one authentication mechanism. Requests under {@code /api/} are authenticated by
 * their bearer token only, through the MicroProfile JWT mechanism the {@code @LoginConfig} of the
 * API installs; console requests by the login page and then the HTTP session, whose id changes at
 * login so a session fixed before login is worthless after it. A console session ends as soon as
 * its account's security stamp changes (a new password or role, a device reset, the account
 * disabled); for bearer tokens {@code login.api.SecurityStampFilter} does the same.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class TwoFactorAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;
  @Inject BeanManager beans;
  @Inject SecurityStamps stamps;

  private volatile HttpAuthenticationMechanism bearerTokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    SecurityHeaders.apply(request, response);
    if (isApi(request)) {
      return request.getHeader("Authorization") == null
          ? context.doNothing()
          : bearerTokens().validateRequest(request, response, context);
    }
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      return login(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(ConsoleCaller.SESSION_ATTRIBUTE) instanceof ConsoleCaller caller) {
      if (stamps.isCurrent(caller.loginName(), caller.securityStamp())) {
        return context.notifyContainerAboutLogin(caller.loginName(), caller.groups());
      }
      session.invalidate();
      return toLoginPage(request, response, context);
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // The login page explains why; no 401 error page instead of it.
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
    }
    String stamp =
        result.getCallerPrincipal() instanceof StampedCaller stamped
            ? stamped.securityStamp()
            : null;
    request
        .getSession(true)
        .setAttribute(
            ConsoleCaller.SESSION_ATTRIBUTE,
            new ConsoleCaller(
                result.getCallerPrincipal().getName(), result.getCallerGroups(), stamp));
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * A revoked session's request: anonymous on public pages, else to the login page; a JSF Ajax
   * request is told to go there in the partial response it expects.
   */
  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!context.isProtected()) {
      return context.doNothing();
    }
    String loginPage = request.getContextPath() + LOGIN_PAGE;
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.redirect(loginPage);
    }
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + loginPage
                  + "\"/></partial-response>");
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (isApi(request)) {
      bearerTokens().cleanSubject(request, response, context);
    }
  }

  /** Decided on the path the container mapped, not the raw URI ({@link RequestArea}). */
  private static boolean isApi(HttpServletRequest request) {
    return RequestArea.of(request) == RequestArea.API;
  }

  /**
   * The MicroProfile JWT mechanism, the other mechanism bean of the application. It is looked up
   * through the bean manager because Payara registers it without the {@code @Any} qualifier.
   */
  private HttpAuthenticationMechanism bearerTokens() {
    if (bearerTokens == null) {
      Set<Bean<?>> candidates = new HashSet<>(beans.getBeans(HttpAuthenticationMechanism.class));
      candidates.addAll(beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE));
      Bean<?> jwt =
          candidates.stream()
              .filter(bean -> !bean.getTypes().contains(TwoFactorAuthenticationMechanism.class))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("MicroProfile JWT is not installed"));
      bearerTokens =
          (HttpAuthenticationMechanism)
              beans.getReference(
                  jwt, HttpAuthenticationMechanism.class, beans.createCreationalContext(jwt));
    }
    return bearerTokens;
  }
}
