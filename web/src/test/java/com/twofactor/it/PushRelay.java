package com.twofactor.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A push relay on loopback for the shared test server ({@code twofactor.push.relay-url}): it keeps
 * every notification it receives, and can be made to fail (503) to play a relay that is down.
 */
public final class PushRelay {

  private static PushRelay running;

  private final HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private volatile boolean down;

  private PushRelay() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/notify",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int status;
          if (down) {
            status = 503;
          } else {
            bodies.add(body);
            status = 202;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** The relay of this test run, started on first use. */
  public static synchronized PushRelay get() {
    if (running == null) {
      try {
        running = new PushRelay();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return running;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
  }

  /** The notifications received so far, as JSON. */
  public List<JsonObject> received() {
    return bodies.stream()
        .map(body -> Json.createReader(new StringReader(body)).readObject())
        .toList();
  }

  /** The raw bodies received so far. */
  public List<String> rawBodies() {
    return List.copyOf(bodies);
  }

  /** Answers 503 to everything while down. */
  public void setDown(boolean down) {
    this.down = down;
  }

  public void stop() {
    server.stop(0);
  }
}
