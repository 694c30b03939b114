package com.twofactor.shared.api;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request body as text, for the filters that hand a request on with a body of their own. */
final class BodyReader {

  private BodyReader() {}

  /** The body in the request's character encoding, UTF-8 where it names none it knows. */
  static BufferedReader of(InputStream body, String encoding) {
    Charset charset = StandardCharsets.UTF_8;
    if (encoding != null && Charset.isSupported(encoding)) {
      charset = Charset.forName(encoding);
    }
    return new BufferedReader(new InputStreamReader(body, charset));
  }
}
