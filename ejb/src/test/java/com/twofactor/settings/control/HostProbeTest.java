package com.twofactor.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.twofactor.settings.control.HostTestOutcome.Result;
import com.twofactor.settings.entity.HostRegistration;
import com.twofactor.settings.entity.HostRegistration.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe against real servers on 127.0.0.1, so the JDK's own exceptions are classified. */
class HostProbeTest {

  /** Waits long enough for a busy machine; allows loopback, where the test servers are. */
  private final HostProbe probe = allowingPrivate(Duration.ofSeconds(20), Duration.ofSeconds(20));

  /** Gives up connecting soon. */
  private final HostProbe impatient =
      allowingPrivate(Duration.ofSeconds(1), Duration.ofSeconds(20));

  /** As configured by default: public addresses only. */
  private final HostProbe strict =
      new HostProbe(Duration.ofSeconds(20), Duration.ofSeconds(20), false, HostProbeTest::dns);

  private final List<String> hostHeaders = new CopyOnWriteArrayList<>();

  private final List<HttpServer> servers = new ArrayList<>();

  @TempDir Path folder;

  @AfterEach
  void stopServers() {
    servers.forEach(server -> server.stop(0));
  }

  @Test
  void readyServerPasses() throws IOException {
    HttpServer server = serve(HttpServer.create(loopback(), 0), 200, Duration.ZERO);

    HostTestOutcome outcome = probe.test(http(server.getAddress().getPort()));

    assertThat(outcome.result()).isEqualTo(Result.ANSWERED);
  }

  @Test
  void serverNotReadyFails() throws IOException {
    HttpServer server = serve(HttpServer.create(loopback(), 0), 503, Duration.ZERO);

    assertThat(probe.test(http(server.getAddress().getPort())).result())
        .isEqualTo(Result.UNEXPECTED_STATUS);
  }

  @Test
  void portWithNothingListeningIsRefused() throws IOException {
    HostTestOutcome outcome = probe.test(http(unusedPort()));

    assertThat(outcome.result()).isEqualTo(Result.CONNECT_FAILED);
    assertThat(outcome.message()).startsWith("Could not connect to http://127.0.0.1:");
    assertThat(outcome.message()).doesNotContain("refused");
  }

  @Test
  void loopbackIsRefusedUnlessAllowedAndNothingIsAsked() throws IOException {
    HttpServer server = serve(HttpServer.create(loopback(), 0), 200, Duration.ZERO);

    HostTestOutcome outcome = strict.test(http(server.getAddress().getPort()));

    assertThat(outcome.result()).isEqualTo(Result.ADDRESS_NOT_ALLOWED);
    assertThat(outcome.message())
        .contains("127.0.0.1")
        .contains("twofactor.host-test.allow-private=true");
    assertThat(hostHeaders).isEmpty();
  }

  @Test
  void aNameWithAnyPrivateAddressAmongItsAddressesIsRefused() {
    HostProbe probe =
        new HostProbe(
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            false,
            name ->
                List.of(
                    InetAddress.getByAddress(name, new byte[] {93, (byte) 184, (byte) 215, 14}),
                    InetAddress.getByAddress(name, new byte[] {10, 1, 2, 3})));

    HostTestOutcome outcome =
        probe.test(new HostRegistration(Protocol.HTTP, "cbs.example.com", 8080));

    assertThat(outcome.result()).isEqualTo(Result.ADDRESS_NOT_ALLOWED);
    assertThat(outcome.message()).contains("cbs.example.com (10.1.2.3)");
  }

  @Test
  void theNameIsResolvedOnceAndTheCheckedAddressIsTheOneAsked() throws IOException {
    HttpServer server = serve(HttpServer.create(loopback(), 0), 200, Duration.ZERO);
    List<String> lookups = new ArrayList<>();
    HostProbe probe =
        new HostProbe(
            Duration.ofSeconds(20),
            Duration.ofSeconds(20),
            true,
            name -> {
              lookups.add(name);
              return List.of(InetAddress.getByAddress(name, new byte[] {127, 0, 0, 1}));
            });
    int port = server.getAddress().getPort();

    HostTestOutcome outcome =
        probe.test(new HostRegistration(Protocol.HTTP, "cbs.example.com", port));

    assertThat(outcome.result()).isEqualTo(Result.ANSWERED);
    assertThat(lookups).containsExactly("cbs.example.com");
    assertThat(hostHeaders).containsExactly("cbs.example.com:" + port);
  }

  @Test
  void anUnknownNameSaysSo() {
    HostProbe probe =
        new HostProbe(
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            false,
            name -> {
              throw new UnknownHostException(name);
            });

    assertThat(probe.test(new HostRegistration(Protocol.HTTP, "cbs.example.com", 80)).result())
        .isEqualTo(Result.UNKNOWN_HOST);
  }

  @Test
  void silentServerTimesOut() throws IOException {
    HttpServer server = serve(HttpServer.create(loopback(), 0), 200, Duration.ofMillis(1500));

    HostProbe probe = allowingPrivate(Duration.ofSeconds(20), Duration.ofMillis(700));

    assertThat(probe.test(http(server.getAddress().getPort())).result())
        .isEqualTo(Result.READ_TIMEOUT);
  }

  @Test
  void selfSignedCertificateIsUntrusted() throws Exception {
    HttpsServer server = HttpsServer.create(loopback(), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
    serve(server, 200, Duration.ZERO);

    HostTestOutcome outcome =
        probe.test(
            new HostRegistration(Protocol.HTTPS, "127.0.0.1", server.getAddress().getPort()));

    assertThat(outcome.result()).isEqualTo(Result.UNTRUSTED_CERTIFICATE);
  }

  @Test
  void httpsToAPlainHttpPortNeverConnectsAndSuggestsHttp() throws IOException {
    HttpServer server = serve(HttpServer.create(loopback(), 0), 200, Duration.ZERO);

    HostTestOutcome outcome =
        impatient.test(
            new HostRegistration(Protocol.HTTPS, "127.0.0.1", server.getAddress().getPort()));

    assertThat(outcome.result()).isEqualTo(Result.TLS_FAILED);
    assertThat(outcome.message()).contains("choose http");
  }

  private <S extends HttpServer> S serve(S server, int status, Duration delay) {
    server.createContext(
        HostProbe.READINESS_PATH,
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            body.readAllBytes();
            Thread.sleep(delay.toMillis());
            exchange.sendResponseHeaders(status, -1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            exchange.close();
          }
        });
    server.start();
    servers.add(server);
    return server;
  }

  private static HostProbe allowingPrivate(Duration connectTimeout, Duration readTimeout) {
    return new HostProbe(connectTimeout, readTimeout, true, HostProbeTest::dns);
  }

  private static List<InetAddress> dns(String name) throws UnknownHostException {
    return List.of(InetAddress.getAllByName(name));
  }

  private static HostRegistration http(int port) {
    return new HostRegistration(Protocol.HTTP, "127.0.0.1", port);
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A key pair and self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
  private SSLContext selfSigned() throws Exception {
    Path keystore = folder.resolve("self-signed.p12");
    char[] password = "changeit".toCharArray();
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "host",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "san=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(output).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }
}
