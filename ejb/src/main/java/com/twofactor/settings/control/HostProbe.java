package com.twofactor.settings.control;

import com.twofactor.config.HostTestConfig;
import com.twofactor.settings.entity.HostRegistration;
import com.twofactor.settings.entity.HostRegistration.Protocol;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Asks a registered host for this server's readiness page, as the branded mobile app would reach
 * it, without becoming a port scanner: the name is resolved once, every address it resolves to must
 * be public (unless {@code twofactor.host-test.allow-private}), and the probe connects to the
 * address it checked, so a second DNS answer cannot switch it to another (DNS rebinding). That is
 * why it speaks HTTP/1.1 over its own socket: the JDK's HTTP clients resolve the name again.
 *
 * <p>An https host must present a certificate the JVM's default trust store accepts, for the name
 * registered (SNI and endpoint identification use the name, not the address). Redirects are not
 * followed, so the answer is the host's own.
 */
@ApplicationScoped
public class HostProbe {

  /** The MicroProfile Health readiness endpoint every TwoFactor server answers. */
  public static final String READINESS_PATH = "/health/ready";

  private static final int MAX_STATUS_LINE = 1024;
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");

  /** Resolves a host name to every address it has, as {@link InetAddress#getAllByName}. */
  @FunctionalInterface
  public interface Resolver {
    List<InetAddress> resolve(String name) throws UnknownHostException;
  }

  @Inject HostTestConfig config;

  private Duration connectTimeout;
  private Duration readTimeout;
  private boolean allowPrivate;
  private Resolver resolver;
  private HostTestMessages messages;

  HostProbe() {}

  HostProbe(
      Duration connectTimeout, Duration readTimeout, boolean allowPrivate, Resolver resolver) {
    init(connectTimeout, readTimeout, allowPrivate, resolver);
  }

  @PostConstruct
  void init() {
    init(
        config.connectTimeout(),
        config.readTimeout(),
        config.allowPrivate(),
        name -> List.of(InetAddress.getAllByName(name)));
  }

  private void init(
      Duration connectTimeout, Duration readTimeout, boolean allowPrivate, Resolver resolver) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
    this.messages = new HostTestMessages(connectTimeout, readTimeout);
  }

  public HostTestOutcome test(HostRegistration host) {
    URI target = URI.create(host.baseUrl() + READINESS_PATH);
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(host.name());
    } catch (UnknownHostException e) {
      return messages.unknownHost(target);
    }
    if (addresses.isEmpty()) {
      return messages.unknownHost(target);
    }
    if (!allowPrivate) {
      Optional<InetAddress> refused = PublicAddresses.firstNotPublic(addresses);
      if (refused.isPresent()) {
        return messages.addressNotAllowed(target, refused.get());
      }
    }
    return ask(target, host, addresses.get(0));
  }

  private HostTestOutcome ask(URI target, HostRegistration host, InetAddress address) {
    Socket socket = new Socket();
    try {
      try {
        socket.connect(new InetSocketAddress(address, host.port()), millis(connectTimeout));
      } catch (IOException e) {
        return messages.couldNotConnect(target);
      }
      Socket channel = socket;
      if (host.protocol() == Protocol.HTTPS) {
        try {
          channel = handshake(socket, host);
        } catch (SocketTimeoutException e) {
          return messages.handshakeTimedOut(target);
        } catch (IOException e) {
          return messages.tlsFailed(target, e);
        }
      }
      return exchange(target, channel);
    } finally {
      closeQuietly(socket);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // The answer is decided; nothing is left to release.
    }
  }

  /** TLS over the connected socket, verified for the registered name. */
  private SSLSocket handshake(Socket socket, HostRegistration host) throws IOException {
    SSLContext context;
    try {
      context = SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no default TLS context", e);
    }
    SSLSocket tls =
        (SSLSocket) context.getSocketFactory().createSocket(socket, host.name(), host.port(), true);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    tls.setSSLParameters(parameters);
    // The handshake counts as connecting: a plain http port never finishes it.
    tls.setSoTimeout(millis(connectTimeout));
    tls.startHandshake();
    return tls;
  }

  private HostTestOutcome exchange(URI target, Socket channel) {
    long deadline = System.nanoTime() + readTimeout.toNanos();
    try {
      channel
          .getOutputStream()
          .write(
              ("GET "
                      + READINESS_PATH
                      + " HTTP/1.1\r\nHost: "
                      + target.getRawAuthority()
                      + "\r\nUser-Agent: TwoFactor host test\r\nAccept: */*\r\n"
                      + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      channel.getOutputStream().flush();
      Optional<String> statusLine = statusLine(channel, deadline);
      if (statusLine.isEmpty()) {
        return messages.noHttpAnswer(target);
      }
      Matcher status = STATUS_LINE.matcher(statusLine.get());
      return status.matches()
          ? messages.answered(target, Integer.parseInt(status.group(1)))
          : messages.noHttpAnswer(target);
    } catch (SocketTimeoutException e) {
      return messages.readTimedOut(target);
    } catch (IOException e) {
      return messages.noHttpAnswer(target);
    }
  }

  /** The first line of the answer, read within the deadline; empty if the line is too long. */
  private static Optional<String> statusLine(Socket channel, long deadline) throws IOException {
    InputStream in = channel.getInputStream();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (line.size() < MAX_STATUS_LINE) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new SocketTimeoutException("No status line in time");
      }
      channel.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
      int next = in.read();
      if (next < 0) {
        return Optional.empty();
      }
      if (next == '\n') {
        return Optional.of(line.toString(StandardCharsets.US_ASCII).stripTrailing());
      }
      line.write(next);
    }
    return Optional.empty();
  }

  private static int millis(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
  }
}
