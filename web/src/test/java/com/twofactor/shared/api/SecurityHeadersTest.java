package com.twofactor.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  private final Map<String, String> headers = new HashMap<>();

  @Test
  void httpsAnswersCarryStrictTransportSecurity() {
    SecurityHeaders.apply(request(true, "/api/v1", "/me"), response());

    assertThat(headers)
        .containsEntry("Strict-Transport-Security", "max-age=31536000")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Cache-Control", "no-store");
  }

  @Test
  void plainHttpAnswersDoNot() {
    SecurityHeaders.apply(request(false, "/login.xhtml", null), response());

    assertThat(headers)
        .doesNotContainKey("Strict-Transport-Security")
        .containsEntry("X-Frame-Options", "DENY")
        .containsEntry("Content-Security-Policy", "frame-ancestors 'none'")
        .containsEntry("Referrer-Policy", "no-referrer")
        .containsEntry("Cache-Control", "no-store");
  }

  @Test
  void staticResourcesMayBeCached() {
    SecurityHeaders.apply(request(false, "/resources/css/console.css", null), response());

    assertThat(headers).doesNotContainKey("Cache-Control").containsKey("X-Content-Type-Options");
  }

  @Test
  void cookiesGetSameSiteStrictAndSecureOverHttps() {
    assertThat(CookieAttributes.completed("JSESSIONID=abc; Path=/; HttpOnly", false))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict");
    assertThat(CookieAttributes.completed("JSESSIONID=abc; Path=/; HttpOnly", true))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict; Secure");
    assertThat(CookieAttributes.completed("a=b; Secure; SameSite=Lax", true))
        .isEqualTo("a=b; Secure; SameSite=Lax");
  }

  private static HttpServletRequest request(boolean secure, String servletPath, String pathInfo) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SecurityHeadersTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isSecure" -> secure;
                  case "getServletPath" -> servletPath;
                  case "getPathInfo" -> pathInfo;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            SecurityHeadersTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              if (method.getName().equals("setHeader")) {
                headers.put((String) args[0], (String) args[1]);
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
