package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The plain HTTP listener answers HTTP/1.1 also to a client that asks to upgrade to HTTP/2 over
 * cleartext (h2c), as Java's HttpClient does by default: Grizzly's h2c keeps about every other POST
 * request it served in memory, so a client repeating logins over it would fill the server's heap.
 * ./run.sh starts Payara Micro with the same preboot command as the system tests.
 */
class PlainHttpIT {

  @Test
  void aClientAskingForHttp2OverCleartextIsAnsweredWithHttp11() throws Exception {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "http");
    RunningApp.deleteRecursively(work);
    try (MicroServer server =
        new MicroServer(work, ItDatabase.freshDatabaseOptions("http", work.resolve("data")))
            .start()) {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_2)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"loginName\":1}"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(answer.statusCode()).isEqualTo(400);
      }
    }
  }

  @Test
  void runShStartsMicroWithTheSamePrebootCommand() throws Exception {
    String runSh = Files.readString(Path.of("..", "run.sh"), StandardCharsets.UTF_8);

    assertThat(runSh).contains("'" + MicroServer.HTTP2_OFF + "'").contains("--prebootcommandfile");
  }
}
