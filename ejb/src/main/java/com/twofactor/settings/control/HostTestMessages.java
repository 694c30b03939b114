package com.twofactor.settings.control;

import com.twofactor.settings.control.HostTestOutcome.Result;
import java.net.InetAddress;
import java.net.URI;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The sentence for each thing a host Test can find. Failures to connect get one sentence whatever
 * the cause (refused, timed out, unreachable, reset), so the Test cannot map which ports exist
 * behind a firewall; certificate problems are told apart by their standard {@code
 * java.security.cert} types, read along the whole cause chain because the JDK wraps them.
 */
public class HostTestMessages {

  static final String ALLOW_PRIVATE_KEY = "twofactor.host-test.allow-private";

  private static final String HTTPS_ADVICE =
      " To use https, install a certificate signed by a trusted certificate authority (CA) on"
          + " the server. Otherwise use http instead (backup clients with two-factor"
          + " authentication then connect over http as well), or choose a third-party"
          + " authenticator app (Microsoft Authenticator, Google Authenticator or another), which"
          + " needs no host registration.";

  /** With http, every backup client with two-factor authentication must use http too (seed). */
  public static final String HTTP_NOTE =
      " With http, every backup client (OBM, ACB) with two-factor authentication must then"
          + " connect to this server over http as well.";

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
          Result.ANSWERED,
          origin(target)
              + " answered: the host registration works."
              + ("http".equalsIgnoreCase(target.getScheme()) ? HTTP_NOTE : ""));
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

  public HostTestOutcome unknownHost(URI target) {
    return new HostTestOutcome(
        Result.UNKNOWN_HOST,
        "The host name "
            + target.getHost()
            + " cannot be resolved. Check its spelling, or register the external IP address.");
  }

  /** The name resolves (also) to an address the Test does not connect to. */
  public HostTestOutcome addressNotAllowed(URI target, InetAddress address) {
    String name = target.getHost();
    String what =
        name.equals(address.getHostAddress()) ? name : name + " (" + address.getHostAddress() + ")";
    return new HostTestOutcome(
        Result.ADDRESS_NOT_ALLOWED,
        "The Test does not connect to "
            + what
            + ": it is a loopback, private, link-local or otherwise non-public address. Register"
            + " the public host name or external IP address the mobile app uses. (An operator can"
            + " allow such addresses with the setting "
            + ALLOW_PRIVATE_KEY
            + "=true.)");
  }

  /** No TCP connection, whatever the reason. */
  public HostTestOutcome couldNotConnect(URI target) {
    return new HostTestOutcome(
        Result.CONNECT_FAILED,
        "Could not connect to "
            + origin(target)
            + " within "
            + words(connectTimeout)
            + ". Check the host name, the port, that the server is running and any firewall in"
            + " between.");
  }

  /** Connected, but no TLS handshake within the connect timeout. */
  public HostTestOutcome handshakeTimedOut(URI target) {
    return new HostTestOutcome(
        Result.TLS_FAILED,
        "No secure (https) connection could be made to "
            + origin(target)
            + " within "
            + words(connectTimeout)
            + ". If the server offers only http on this port, choose http.");
  }

  /** The TLS handshake failed: the certificate, or no TLS at all on that port. */
  public HostTestOutcome tlsFailed(URI target, Throwable failure) {
    List<Throwable> causes = causes(failure);
    String origin = origin(target);
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
    return new HostTestOutcome(
        Result.TLS_FAILED,
        "No secure (https) connection could be made to "
            + origin
            + ": the TLS handshake failed. If the server offers http on this port, choose http.");
  }

  /** Connected, but no answer within the read timeout. */
  public HostTestOutcome readTimedOut(URI target) {
    return new HostTestOutcome(
        Result.READ_TIMEOUT,
        origin(target)
            + " accepted the connection but did not answer within "
            + words(readTimeout)
            + ". Check that this host name and port lead to this server.");
  }

  /** Connected, but what came back (if anything) is no HTTP answer. */
  public HostTestOutcome noHttpAnswer(URI target) {
    return new HostTestOutcome(
        Result.FAILED,
        origin(target)
            + " accepted the connection but gave no HTTP answer. Check that this host name and"
            + " port lead to this server"
            + ("http".equals(target.getScheme())
                ? "; if the server offers only https on this port, choose https."
                : "."));
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

  static String words(Duration duration) {
    if (duration.toMillis() % 1000 != 0) {
      return duration.toMillis() + " ms";
    }
    long seconds = duration.toSeconds();
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }
}
