package com.twofactor.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every cookie the application sets, the session cookie first of all, gets {@code SameSite=Strict}
 * and, when the request came over https, {@code Secure}. The {@code SameSite} attribute of
 * web.xml's cookie-config (Servlet 6) is there for servers that honour it; Payara 6 does not, and
 * adds the session cookie itself when a session is created or its id changes. So the {@code
 * Set-Cookie} headers are completed right after each such call and once more when the request is
 * done, while the answer can still be changed.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CookieAttributes extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String SET_COOKIE = "Set-Cookie";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new CompletingCookies(request, response), response);
    complete(request.isSecure(), response);
  }

  static void complete(boolean secure, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
    List<String> completed = cookies.stream().map(cookie -> completed(cookie, secure)).toList();
    if (completed.equals(cookies)) {
      return;
    }
    response.setHeader(SET_COOKIE, completed.get(0));
    completed.stream().skip(1).forEach(cookie -> response.addHeader(SET_COOKIE, cookie));
  }

  /** The {@code Set-Cookie} value with the attributes it lacks. */
  static String completed(String cookie, boolean secure) {
    String lower = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
    StringBuilder result = new StringBuilder(cookie);
    if (!lower.contains(";samesite=")) {
      result.append("; SameSite=Strict");
    }
    if (secure && !lower.contains(";secure")) {
      result.append("; Secure");
    }
    return result.toString();
  }

  /** The request, completing the session cookie whenever the server may have just set it. */
  private static final class CompletingCookies extends HttpServletRequestWrapper {

    private final HttpServletResponse response;

    CompletingCookies(HttpServletRequest request, HttpServletResponse response) {
      super(request);
      this.response = response;
    }

    @Override
    public HttpSession getSession(boolean create) {
      HttpSession session = super.getSession(create);
      complete(isSecure(), response);
      return session;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      String id = super.changeSessionId();
      complete(isSecure(), response);
      return id;
    }
  }
}
