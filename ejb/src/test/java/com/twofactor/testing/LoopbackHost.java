package com.twofactor.testing;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A tiny HTTP or HTTPS server on 127.0.0.1 standing in for a host the application calls out to: it
 * answers one path with a fixed status, after a delay if asked, and keeps the Host header of each
 * request. The HTTPS one presents a self-signed certificate for 127.0.0.1, made by the JDK's
 * keytool. Unit tests and the system tests share it.
 */
public final class LoopbackHost implements AutoCloseable {

  private final HttpServer server;
  private final List<String> hostHeaders = new CopyOnWriteArrayList<>();

  private LoopbackHost(HttpServer server, String path, int status, Duration delay) {
    this.server = server;
    server.createContext(
        path,
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            hostHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
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
  }

  public static LoopbackHost http(String path, int status) {
    return http(path, status, Duration.ZERO);
  }

  /** Answers only after {@code delay}, to make clients time out. */
  public static LoopbackHost http(String path, int status, Duration delay) {
    try {
      return new LoopbackHost(HttpServer.create(loopback(), 0), path, status, delay);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param folder where the key store is written
   */
  public static LoopbackHost selfSignedHttps(String path, int status, Path folder) {
    try {
      HttpsServer server = HttpsServer.create(loopback(), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(selfSigned(folder)));
      return new LoopbackHost(server, path, status, Duration.ZERO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many requests arrived. */
  public int requests() {
    return hostHeaders.size();
  }

  /** The Host header of each request, in order. */
  public List<String> hostHeaders() {
    return List.copyOf(hostHeaders);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  private static SSLContext selfSigned(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path keystore = folder.resolve("self-signed-" + System.nanoTime() + ".p12");
    String password = "changeit";
    try {
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
                  password)
              .redirectErrorStream(true)
              .start();
      String output = new String(keytool.getInputStream().readAllBytes());
      if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        store.load(in, password.toCharArray());
      }
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
