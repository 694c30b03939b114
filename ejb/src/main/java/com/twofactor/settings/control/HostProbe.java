package com.twofactor.settings.control;

import com.twofactor.config.HostTestConfig;
import com.twofactor.settings.entity.HostRegistration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a registered host for this server's readiness page, as the branded mobile app would reach
 * it. An https host must present a certificate the JVM's default trust store accepts, for the name
 * registered: the default {@link javax.net.ssl.SSLContext} of the HTTP client checks both.
 * Redirects are not followed, so the answer is the host's own.
 */
@ApplicationScoped
public class HostProbe {

  /** The MicroProfile Health readiness endpoint every TwoFactor server answers. */
  public static final String READINESS_PATH = "/health/ready";

  @Inject HostTestConfig config;

  private HttpClient client;
  private Duration readTimeout;
  private HostTestMessages messages;

  HostProbe() {}

  HostProbe(Duration connectTimeout, Duration readTimeout) {
    init(connectTimeout, readTimeout);
  }

  @PostConstruct
  void init() {
    init(config.connectTimeout(), config.readTimeout());
  }

  private void init(Duration connectTimeout, Duration readTimeout) {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build();
    this.readTimeout = readTimeout;
    this.messages = new HostTestMessages(connectTimeout, readTimeout);
  }

  public HostTestOutcome test(HostRegistration host) {
    URI target = URI.create(host.baseUrl() + READINESS_PATH);
    HttpRequest request = HttpRequest.newBuilder(target).timeout(readTimeout).GET().build();
    try {
      return messages.answered(
          target, client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (IOException e) {
      return messages.failed(target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return messages.failed(target, e);
    }
  }
}
