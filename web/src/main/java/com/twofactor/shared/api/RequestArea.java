package com.twofactor.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Which part of the application a request is for: the API, the console's static resources, or the
 * console. Decided on the servlet path and path info the container mapped the request with (decoded
 * and without path parameters), normalised once more here, never on the raw request URI: a raw URI
 * such as {@code //api/v1/me}, {@code /api/../admin/} or {@code /api;x/v1/me} can reach one servlet
 * while looking like another's.
 */
public enum RequestArea {
  /** The REST API under {@code /api/}: bearer tokens, problem+json. */
  API,
  /** The console's style sheets, scripts and fixed images, which browsers may cache. */
  RESOURCE,
  /** Every other page: the console, its error pages, the login. */
  CONSOLE;

  public static RequestArea of(HttpServletRequest request) {
    return of(request.getServletPath(), request.getPathInfo());
  }

  /**
   * @param servletPath the part of the path that selected the servlet ({@code /api} or {@code
   *     /admin/users/backup-users.xhtml})
   * @param pathInfo the rest, or {@code null}
   */
  public static RequestArea of(String servletPath, String pathInfo) {
    String path = normalised((servletPath == null ? "" : servletPath) + nullToEmpty(pathInfo));
    if (path.equals("/api") || path.startsWith("/api/")) {
      return API;
    }
    if (path.startsWith("/jakarta.faces.resource/dynamiccontent")) {
      // PrimeFaces' streamed content belongs to a page (a QR code could be one).
      return CONSOLE;
    }
    if (path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/")) {
      return RESOURCE;
    }
    return CONSOLE;
  }

  /**
   * The path with empty and {@code .} segments dropped, {@code ..} applied (never above the root),
   * and path parameters ({@code ;jsessionid=…}) cut off each segment. What is left undecoded (a
   * double-encoded {@code %2561pi}) names no area and is the console: no bearer token, nothing
   * cacheable.
   */
  static String normalised(String path) {
    Deque<String> segments = new ArrayDeque<>();
    for (String raw : path.split("/", -1)) {
      int parameters = raw.indexOf(';');
      String segment = parameters < 0 ? raw : raw.substring(0, parameters);
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        segments.pollLast();
        continue;
      }
      segments.addLast(segment);
    }
    return "/" + String.join("/", segments);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
