package com.twofactor.settings.control;

import com.twofactor.settings.control.HostTestOutcome.Result;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Turns the answer to a host Test, or the exception the HTTP client threw instead, into a {@link
 * HostTestOutcome}. The JDK reports most failures as an exception wrapping the real cause, so the
 * whole cause chain is read; the certificate causes are recognised by their standard {@code
 * java.security.cert} types.
 */
public class HostTestMessages {

  private static final String HTTPS_ADVICE =
      " To use https, install a certificate signed by a trusted certificate authority (CA) on"
          + " the server. Otherwise use http instead (backup clients with two-factor"
          + " authentication then connect over http as well), or choose a third-party"
          + " authenticator app (Microsoft Authenticator, Google Authenticator or another), which"
          + " needs no host registration.";

  private final Duration connectTimeout;
  private final Duration readTimeout;

  public HostTestMessages(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
  }

  /** The host answered with this HTTP status. */
  public HostTestOutcome answered(URI target, int status) {
    if (status == 200) {
      return new HostTestOutcome(
          Result.ANSWERED, origin(target) + " answered: the host registration works.");
    }
    return new HostTestOutcome(
        Result.UNEXPECTED_STATUS,
        origin(target)
            + " answered HTTP "
            + status
            + " to "
            + target.getPath()
            + " instead of 200. Check that this host name and port lead to this server and that"
            + " it is running.");
  }

  /** The request failed before an answer arrived. */
  public HostTestOutcome failed(URI target, Throwable failure) {
    List<Throwable> causes = causes(failure);
    String origin = origin(target);
    if (any(causes, HttpConnectTimeoutException.class)) {
      // The TLS handshake counts as connecting: a plain http port never finishes it.
      return new HostTestOutcome(
          Result.CONNECT_TIMEOUT,
          "No connection to "
              + origin
              + " within "
              + words(connectTimeout)
              + ". Check the host name, the port and any firewall in between"
              + ("https".equals(target.getScheme())
                  ? "; if the server offers only http on this port, choose http."
                  : "."));
    }
    if (any(causes, HttpTimeoutException.class)) {
      return new HostTestOutcome(
          Result.READ_TIMEOUT,
          origin
              + " accepted the connection but did not answer within "
              + words(readTimeout)
              + ". Check that this host name and port lead to this server.");
    }
    if (any(causes, CertificateExpiredException.class)
        || any(causes, CertificateNotYetValidException.class)) {
      return new HostTestOutcome(
          Result.EXPIRED_CERTIFICATE,
          "The SSL certificate of " + origin + " has expired or is not valid yet." + HTTPS_ADVICE);
    }
    if (any(causes, CertPathBuilderException.class)
        || any(causes, CertPathValidatorException.class)) {
      return new HostTestOutcome(
          Result.UNTRUSTED_CERTIFICATE,
          "The SSL certificate of "
              + origin
              + " is not trusted: it is self-signed or not signed by a trusted certificate"
              + " authority."
              + HTTPS_ADVICE);
    }
    if (any(causes, SSLPeerUnverifiedException.class)
        || mentions(causes, "subject alternative")
        || mentions(causes, "no name matching")) {
      return new HostTestOutcome(
          Result.CERTIFICATE_NAME_MISMATCH,
          "The SSL certificate of "
              + origin
              + " is not issued for "
              + target.getHost()
              + ". Register the host name the certificate names."
              + HTTPS_ADVICE);
    }
    if (any(causes, SSLException.class)) {
      return new HostTestOutcome(
          Result.TLS_FAILED,
          "No secure (https) connection could be made to "
              + origin
              + " ("
              + deepestMessage(causes)
              + "). If the server offers http on this port, choose http.");
    }
    if (any(causes, UnresolvedAddressException.class) || any(causes, UnknownHostException.class)) {
      return new HostTestOutcome(
          Result.UNKNOWN_HOST,
          "The host name "
              + target.getHost()
              + " cannot be resolved. Check its spelling, or register the external IP address.");
    }
    if (any(causes, NoRouteToHostException.class)
        || mentions(causes, "unreachable")
        || mentions(causes, "no route")) {
      return new HostTestOutcome(
          Result.FAILED,
          target.getHost() + " cannot be reached from this server (no route to the host).");
    }
    // The HTTP client reports a refused connection as a ConnectException without a message.
    if (any(causes, ConnectException.class)) {
      return new HostTestOutcome(
          Result.CONNECTION_REFUSED,
          "Connection refused by "
              + origin
              + ": nothing accepts connections on port "
              + target.getPort()
              + " of "
              + target.getHost()
              + ". Check the host name, the port and that the server is running.");
    }
    return new HostTestOutcome(
        Result.FAILED, "The Test of " + origin + " failed: " + deepestMessage(causes) + ".");
  }

  private static String origin(URI target) {
    return target.getScheme() + "://" + target.getHost() + ":" + target.getPort();
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
      causes.add(t);
    }
    return causes;
  }

  private static boolean any(List<Throwable> causes, Class<? extends Throwable> type) {
    return causes.stream().anyMatch(type::isInstance);
  }

  private static boolean mentions(List<Throwable> causes, String words) {
    return causes.stream()
        .map(Throwable::getMessage)
        .filter(Objects::nonNull)
        .anyMatch(message -> message.toLowerCase(Locale.ROOT).contains(words));
  }

  /** The innermost message, which names the real cause; the outer ones often only repeat it. */
  private static String deepestMessage(List<Throwable> causes) {
    for (int i = causes.size() - 1; i >= 0; i--) {
      String message = causes.get(i).getMessage();
      if (message != null && !message.isBlank()) {
        return message;
      }
    }
    return causes.get(causes.size() - 1).getClass().getSimpleName();
  }

  static String words(Duration duration) {
    if (duration.toMillis() % 1000 != 0) {
      return duration.toMillis() + " ms";
    }
    long seconds = duration.toSeconds();
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }
}
