package com.twofactor.login.view;

import com.twofactor.shared.boundary.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Names a logged-in console session to the business layer by its random key (not for the API). */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ConsoleSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    if (!api
        && session != null
        && session.getAttribute(ConsoleCaller.SESSION_ATTRIBUTE) instanceof ConsoleCaller caller) {
      origin.heldBy("console:" + caller.sessionKey());
    }
    chain.doFilter(request, response);
  }
}
