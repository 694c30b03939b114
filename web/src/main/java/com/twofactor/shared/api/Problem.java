package com.twofactor.shared.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** An RFC 9457 problem detail. */
public record Problem(URI type, String title, int status, String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(Response.StatusType status, String detail) {
    return Response.status(status.getStatusCode())
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(
            new Problem(
                URI.create("about:blank"),
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail))
        .build();
  }

  /** A problem of a named type, for clients that act on it (such as {@code step-up-required}). */
  public static Response response(Response.StatusType status, URI type, String detail) {
    return Response.status(status.getStatusCode())
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(new Problem(type, status.getReasonPhrase(), status.getStatusCode(), detail))
        .build();
  }

  public static Response response(int status, String title, String detail) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(of(status, title, detail))
        .build();
  }

  /** A problem without a named type. */
  public static Problem of(int status, String title, String detail) {
    return new Problem(URI.create("about:blank"), title, status, detail);
  }

  /** Writes this problem as the whole answer, for a servlet filter that answers before JAX-RS. */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", type.toString())
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
  }
}
