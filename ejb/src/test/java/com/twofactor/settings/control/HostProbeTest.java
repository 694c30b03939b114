package com.twofactor.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.settings.control.HostTestOutcome.Result;
import com.twofactor.settings.entity.HostRegistration;
import com.twofactor.settings.entity.HostRegistration.Protocol;
import com.twofactor.testing.LoopbackHost;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  private final List<LoopbackHost> servers = new ArrayList<>();

  @TempDir Path folder;

  @AfterEach
  void stopServers() {
    servers.forEach(LoopbackHost::close);
  }

  @Test
  void readyServerPasses() throws IOException {
    LoopbackHost server = serve(LoopbackHost.http(HostProbe.READINESS_PATH, 200));

    HostTestOutcome outcome = probe.test(http(server.port()));

    assertThat(outcome.result()).isEqualTo(Result.ANSWERED);
  }

  @Test
  void serverNotReadyFails() throws IOException {
    LoopbackHost server = serve(LoopbackHost.http(HostProbe.READINESS_PATH, 503));

    assertThat(probe.test(http(server.port())).result()).isEqualTo(Result.UNEXPECTED_STATUS);
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
    LoopbackHost server = serve(LoopbackHost.http(HostProbe.READINESS_PATH, 200));

    HostTestOutcome outcome = strict.test(http(server.port()));

    assertThat(outcome.result()).isEqualTo(Result.ADDRESS_NOT_ALLOWED);
    assertThat(outcome.message())
        .contains("127.0.0.1")
        .contains("twofactor.host-test.allow-private=true");
    assertThat(server.hostHeaders()).isEmpty();
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
    LoopbackHost server = serve(LoopbackHost.http(HostProbe.READINESS_PATH, 200));
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
    int port = server.port();

    HostTestOutcome outcome =
        probe.test(new HostRegistration(Protocol.HTTP, "cbs.example.com", port));

    assertThat(outcome.result()).isEqualTo(Result.ANSWERED);
    assertThat(lookups).containsExactly("cbs.example.com");
    assertThat(server.hostHeaders()).containsExactly("cbs.example.com:" + port);
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
    LoopbackHost server =
        serve(LoopbackHost.http(HostProbe.READINESS_PATH, 200, Duration.ofMillis(1500)));

    HostProbe probe = allowingPrivate(Duration.ofSeconds(20), Duration.ofMillis(700));

    assertThat(probe.test(http(server.port())).result()).isEqualTo(Result.READ_TIMEOUT);
  }

  @Test
  void selfSignedCertificateIsUntrusted() throws Exception {
    LoopbackHost server =
        serve(LoopbackHost.selfSignedHttps(HostProbe.READINESS_PATH, 200, folder));

    HostTestOutcome outcome =
        probe.test(new HostRegistration(Protocol.HTTPS, "127.0.0.1", server.port()));

    assertThat(outcome.result()).isEqualTo(Result.UNTRUSTED_CERTIFICATE);
  }

  @Test
  void httpsToAPlainHttpPortNeverConnectsAndSuggestsHttp() throws IOException {
    LoopbackHost server = serve(LoopbackHost.http(HostProbe.READINESS_PATH, 200));

    HostTestOutcome outcome =
        impatient.test(new HostRegistration(Protocol.HTTPS, "127.0.0.1", server.port()));

    assertThat(outcome.result()).isEqualTo(Result.TLS_FAILED);
    assertThat(outcome.message()).contains("choose http");
  }

  private LoopbackHost serve(LoopbackHost server) {
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

  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
