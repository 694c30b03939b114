package com.twofactor.ear;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The application's HTTP API on 127.0.0.1, as a client sees it. */
final class ApiClient {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final int port;
  private final int healthPort;
  private final HttpClient http =
      HttpClient.newBuilder()
          .proxy(HttpClient.Builder.NO_PROXY)
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /**
   * {@code healthPort} serves MicroProfile Health: the application's own port on Payara, the
   * management port on WildFly.
   */
  ApiClient(int port, int healthPort) {
    this.port = port;
    this.healthPort = healthPort;
  }

  /** Waits until {@code GET /health/ready} answers 200: deployed is not yet ready. */
  void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no response";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = health("/health/ready");
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Not ready within " + timeout + ", last: " + last);
  }

  HttpResponse<String> login(String loginName, String password)
      throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder()
            .add("loginName", loginName)
            .add("password", password)
            .add("client", Json.createObjectBuilder().add("type", "API").add("version", "10.1.0.0"))
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/v1/auth/login"))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String bearerToken)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json");
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A MicroProfile Health endpoint, such as {@code /health/ready}. */
  HttpResponse<String> health(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + Loopback.ADDRESS + ":" + healthPort + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://" + Loopback.ADDRESS + ":" + port + path);
  }

  static JsonValue json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
