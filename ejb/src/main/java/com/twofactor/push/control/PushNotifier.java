package com.twofactor.push.control;

import com.twofactor.config.PushConfig;
import com.twofactor.shared.control.Counters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Tells the branded app that a login waits for it. The app always finds its requests by polling
 * {@code GET /api/v1/mobile/challenges}; with {@code twofactor.push.relay-url} set, the relay is
 * also sent {@code {"deviceId","requestId"}} per device — identifiers only, never a secret or the
 * number to match — after the request's transaction committed, off the login's thread, with a
 * timeout and a bounded number of retries. A relay that fails does not fail the login. Each
 * notification is counted once it is over: {@code push.deliveries.sent} when the relay took it,
 * {@code push.deliveries.failed} when it did not, retries included.
 */
@ApplicationScoped
public class PushNotifier {

  @Inject PushConfig config;
  @Inject RelayState state;
  @Inject Counters counters;

  @Resource ManagedExecutorService executor;

  private HttpClient client;

  @PostConstruct
  void open() {
    client = HttpClient.newBuilder().connectTimeout(config.relayTimeout()).build();
  }

  @PreDestroy
  void close() {
    client = null;
  }

  void onPushSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushSent sent) {
    config
        .relayUrl()
        .ifPresent(
            relay -> {
              for (Long device : sent.deviceIds()) {
                executor.execute(() -> notifyRelay(relay, device, sent.requestId()));
              }
            });
  }

  /** Whether the relay answered lately, for the dashboard. */
  public RelayState.Status relayStatus() {
    return state.status(config.relayUrl().isPresent());
  }

  private void notifyRelay(String relay, Long deviceId, String requestId) {
    String body =
        Json.createObjectBuilder()
            .add("deviceId", Long.toString(deviceId))
            .add("requestId", requestId)
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(relay))
            .timeout(config.relayTimeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    String problem = "not sent";
    for (int attempt = 0; attempt <= config.relayRetries(); attempt++) {
      try {
        HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() / 100 == 2) {
          state.succeeded();
          counters.count("push.deliveries.sent");
          return;
        }
        problem = "HTTP " + answer.statusCode();
        if (answer.statusCode() / 100 == 4 && answer.statusCode() != 429) {
          break; // the relay refuses this notification: trying again changes nothing
        }
      } catch (IOException e) {
        problem = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        problem = "interrupted";
        break;
      }
      pause(attempt);
    }
    state.failed(where(relay), problem);
    counters.count("push.deliveries.failed");
  }

  /** The relay's address without path or query, which might carry a key. */
  private static String where(String relay) {
    URI uri = URI.create(relay);
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(200L * (attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
