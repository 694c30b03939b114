package com.twofactor.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * Keeps a request that asks to switch to another protocol ({@code Upgrade}, such as {@code h2c},
 * which Java's HttpClient asks for by default) from waiting for a body that never ends.
 *
 * <p>The server's plain listener runs with HTTP/2 off (run.sh), because Payara's web server kept
 * the streams of HTTP/2 connections in memory after they closed; it then answers an upgrade request
 * in HTTP/1.1 and closes the connection after it. But it takes whatever follows such a request's
 * headers for bytes of the new protocol, so its body has no end: whoever reads it to the end (a
 * signed request's bytes, say) waits until the client gives up. Here such a body ends after its
 * declared {@code Content-Length}; one without (chunked) is refused with 411.
 *
 * <p>Declared first in web.xml: it must run before anything reads a body.
 */
public class UpgradeDeclined extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getHeader("Upgrade") == null) {
      chain.doFilter(request, response);
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
      Problem.of(411, "Length Required", "A request asking for an upgrade needs a Content-Length")
          .writeTo(response);
      return;
    }
    chain.doFilter(new DeclaredBody(request, Math.max(declared, 0)), response);
  }

  /** The request whose body ends after its declared length. */
  private static final class DeclaredBody extends HttpServletRequestWrapper {

    private final long length;
    private ServletInputStream body;

    DeclaredBody(HttpServletRequest request, long length) {
      super(request);
      this.length = length;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        body = new Bounded(super.getInputStream(), length);
      }
      return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      return BodyReader.of(getInputStream(), getCharacterEncoding());
    }
  }

  /** At most {@code length} bytes of the container's stream, then its end. */
  private static final class Bounded extends ServletInputStream {

    private final ServletInputStream in;
    private long remaining;

    Bounded(ServletInputStream in, long length) {
      this.in = in;
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      if (remaining == 0) {
        return -1;
      }
      int read = in.read();
      if (read >= 0) {
        remaining--;
      }
      return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (count == 0) {
        return 0;
      }
      if (remaining == 0) {
        return -1;
      }
      int read = in.read(buffer, offset, (int) Math.min(count, remaining));
      if (read > 0) {
        remaining -= read;
      }
      return read;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), remaining);
    }

    @Override
    public boolean isFinished() {
      return remaining == 0;
    }

    @Override
    public boolean isReady() {
      return remaining == 0 || in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
