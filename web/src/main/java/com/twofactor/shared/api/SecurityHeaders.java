package com.twofactor.shared.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers every answer carries, API and console alike, error pages included: no MIME
 * sniffing, no framing by another site, no referrer, HSTS when the request came over https, and
 * {@code Cache-Control: no-store} on every API answer and every console page (they may show a
 * secret, a QR code or a recovery code; marking all of them is simpler than missing one). Only the
 * console's static resources may be cached.
 *
 * <p>Set before the request goes on, so whatever answers (a resource, an exception mapper, the
 * container's error page) keeps them; the authentication mechanism applies them too, because it can
 * answer (a redirect to the login page) before any filter runs.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** One year, the value browsers' preload lists expect. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    if (RequestArea.of(request) != RequestArea.RESOURCE) {
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
