package com.twofactor.shared.api;

import com.twofactor.shared.boundary.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tells the business layer where every request, console or API, came from, and for a request with a
 * verified access token, which token it is (its {@code jti}): a step-up proof serves that token
 * only.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.arrivedFrom(request.getRemoteAddr());
    if (request.getUserPrincipal() instanceof JsonWebToken token && token.getTokenID() != null) {
      origin.heldBy("token:" + token.getTokenID());
    }
    chain.doFilter(request, response);
  }
}
