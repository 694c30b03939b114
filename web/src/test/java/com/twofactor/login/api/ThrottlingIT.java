package com.twofactor.login.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.MicroServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throttling by source address with the shipped number of free failures, on a server of its own
 * (the shared test servers switch it off, since all their tests talk from 127.0.0.1). The guesser
 * talks from 127.0.0.1, the admin from 127.0.0.2: both are this machine's loopback, so nothing
 * leaves it.
 */
class ThrottlingIT {

  private static final String ADMIN_PASSWORD = "throttle-Admin-1";
  private static MicroServer server;

  @BeforeAll
  static void start() {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), "throttling");
    com.twofactor.it.RunningApp.deleteRecursively(work);
    server = new MicroServer(work, List.of("-Dtwofactor.admin.password=" + ADMIN_PASSWORD)).start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aGuesserAtOneAddressIsSlowedDownAndCannotLockTheAdminOut() throws Exception {
    Api guesser = new Api(server.baseUrl());
    int refused = 0;
    Api.Answer last = null;
    for (int i = 0; i < 10; i++) {
      last = guesser.login("system", "guess-" + i);
      if (last.status() == 429) {
        break;
      }
      assertThat(last.status()).isEqualTo(401);
      refused++;
    }

    assertThat(refused).as("five failures go free, the sixth starts the wait").isEqualTo(6);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.contentType()).contains("application/problem+json");
    assertThat(last.json().getString("detail")).contains("try again in");

    // Six failures are fewer than the account's budget of ten: the admin, elsewhere, logs in.
    String answer = loginFrom("127.0.0.2", "system", ADMIN_PASSWORD);
    assertThat(answer).startsWith("HTTP/1.1 200").contains("\"status\":\"AUTHENTICATED\"");
    // And the guesser is still told to wait, with the seconds to wait.
    assertThat(retryAfterOf(loginFrom("127.0.0.1", "system", "guess-x"))).isBetween(1L, 60L);
  }

  /** A login over a socket bound to {@code source}, a loopback address; returns the raw answer. */
  private static String loginFrom(String source, String loginName, String password)
      throws IOException {
    URI base = URI.create(server.baseUrl());
    String body = "{\"loginName\":\"" + loginName + "\",\"password\":\"" + password + "\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort()), 5000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1:"
                  + base.getPort()
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + bytes.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static long retryAfterOf(String answer) {
    assertThat(answer).startsWith("HTTP/1.1 429");
    return answer
        .lines()
        .filter(line -> line.regionMatches(true, 0, "Retry-After:", 0, 12))
        .map(line -> Long.parseLong(line.substring(12).strip()))
        .findFirst()
        .orElseThrow();
  }
}
