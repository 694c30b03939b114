package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.Reference;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plain HTTP listener answers HTTP/1.1 also to a client that asks to upgrade to HTTP/2 over
 * cleartext (h2c), as Java's HttpClient does by default: Grizzly's HTTP/2 keeps the streams of its
 * connections in memory, after they closed too, so anyone reaching the listener could fill the
 * server's heap. ./run.sh starts Payara Micro with the same preboot command as the system tests.
 * With HTTP/2 off, the web server reads what follows an upgrade request's headers as the new
 * protocol's bytes, so such a body never ends: the application ends it at its declared length and
 * refuses a chunked one ({@code UpgradeDeclined}).
 */
class PlainHttpIT {

  private static final String WRONG_LOGIN = "{\"loginName\":\"nobody\",\"password\":\"wrong\"}";

  private static MicroServer server;

  @BeforeAll
  static void start() throws Exception {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "http");
    RunningApp.deleteRecursively(work);
    server =
        new MicroServer(work, ItDatabase.freshDatabaseOptions("http", work.resolve("data")))
            .start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aClientAskingForHttp2WithABodyFirstIsAnsweredInHttp11() throws Exception {
    HttpClient client = h2cClient();

    for (int i = 0; i < 3; i++) {
      HttpResponse<String> login =
          client.send(login(WRONG_LOGIN), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> status =
          client.send(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/me"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(login.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
      assertThat(login.statusCode()).as(login.body()).isEqualTo(401);
      assertThat(status.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
      assertThat(status.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void anUpgradeRequestsBodyEndsAtItsLengthAndItsConnectionCloses() throws Exception {
    // The mobile app's decision is read to the end of its body (its bytes are signed), then the
    // unknown device is refused.
    byte[] body = "{\"decision\":\"DENY\"}".getBytes(StandardCharsets.UTF_8);

    String answer =
        exchange(
            upgradeHeaders(
                "/api/v1/mobile/challenges/none",
                "X-Device-Id: none\r\nX-Timestamp: 0\r\nX-Signature: AA==\r\n"
                    + "Content-Length: "
                    + body.length),
            body);

    assertThat(answer).startsWith("HTTP/1.1 401");
    assertThat(answer.toLowerCase()).contains("\r\nconnection: close\r\n");
  }

  @Test
  void anUpgradeRequestWithAChunkedBodyIsRefused() throws Exception {
    byte[] body = WRONG_LOGIN.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    chunked.writeBytes(
        (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    chunked.writeBytes(body);
    chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

    String answer =
        exchange(
            upgradeHeaders("/api/v1/auth/login", "Transfer-Encoding: chunked"),
            chunked.toByteArray());

    assertThat(answer).startsWith("HTTP/1.1 411").contains("needs a Content-Length");
  }

  @Test
  void noHttp2SessionOrStreamIsKeptByTheServer() throws Exception {
    List<HttpClient> clients = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      HttpClient client = h2cClient();
      clients.add(client);
      for (int i = 0; i < 10; i++) {
        client.send(login("{\"loginName\":1}"), HttpResponse.BodyHandlers.discarding());
      }
    }

    String histogram = classHistogram();
    // The clients, and so their connections, stay open until the histogram is taken.
    Reference.reachabilityFence(clients);

    assertThat(instances(histogram, "org.glassfish.grizzly.http2.Http2Session")).isZero();
    assertThat(instances(histogram, "org.glassfish.grizzly.http2.Http2Stream")).isZero();
  }

  @Test
  void runShStartsMicroWithTheSamePrebootCommand() throws Exception {
    String runSh = Files.readString(Path.of("..", "run.sh"), StandardCharsets.UTF_8);

    assertThat(runSh).contains("'" + MicroServer.HTTP2_OFF + "'").contains("--prebootcommandfile");
  }

  private static HttpClient h2cClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_2)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static HttpRequest login(String body) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  /** The headers Java's HttpClient sends when its first request on a connection has a body. */
  private static String upgradeHeaders(String path, String more) {
    return "POST "
        + path
        + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1:"
        + URI.create(server.baseUrl()).getPort()
        + "\r\n"
        + "Connection: Upgrade, HTTP2-Settings\r\n"
        + "Upgrade: h2c\r\n"
        + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
        + "Content-Type: application/json\r\n"
        + more
        + "\r\n\r\n";
  }

  /** Sends one request and reads the answer to the end of the connection, within 15 seconds. */
  private static String exchange(String headers, byte[] body) throws IOException {
    try (Socket socket =
        new Socket(InetAddress.getLoopbackAddress(), URI.create(server.baseUrl()).getPort())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(headers.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The server's live objects by class, as {@code jcmd GC.class_histogram} counts them. */
  private static String classHistogram() throws Exception {
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()),
                "GC.class_histogram")
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).as("jcmd's answer").contains("java.lang.String ");
    return output;
  }

  private static long instances(String histogram, String className) {
    Matcher row =
        Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "\\s*$")
            .matcher(histogram);
    return row.find() ? Long.parseLong(row.group(1)) : 0;
  }
}
