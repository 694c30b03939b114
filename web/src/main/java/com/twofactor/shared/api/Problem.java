package com.twofactor.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

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
        .entity(new Problem(URI.create("about:blank"), title, status, detail))
        .build();
  }
}
