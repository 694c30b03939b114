package com.twofactor.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.settings.control.HostTestOutcome.Result;
import java.net.InetAddress;
import java.net.URI;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class HostTestMessagesTest {

  private static final URI HTTPS = URI.create("https://cbs.example.com:443/health/ready");
  private static final URI HTTP = URI.create("http://203.0.113.7:8080/health/ready");

  private final HostTestMessages messages =
      new HostTestMessages(Duration.ofSeconds(5), Duration.ofMillis(1500));

  @Test
  void okIsSuccess() {
    HostTestOutcome outcome = messages.answered(HTTPS, 200);

    assertThat(outcome.success()).isTrue();
    assertThat(outcome.result()).isEqualTo(Result.ANSWERED);
    assertThat(outcome.message()).startsWith("https://cbs.example.com:443 answered");
  }

  @Test
  void otherStatusIsNamed() {
    HostTestOutcome outcome = messages.answered(HTTP, 503);

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.result()).isEqualTo(Result.UNEXPECTED_STATUS);
    assertThat(outcome.message()).contains("HTTP 503").contains("/health/ready");
  }

  @Test
  void selfSignedCertificateIsUntrustedAndTheAlternativesAreNamed() {
    var failure =
        handshake(
            "PKIX path building failed",
            new CertificateException(
                "PKIX path building failed",
                new CertPathBuilderException("unable to find valid certification path")));

    HostTestOutcome outcome = messages.tlsFailed(HTTPS, failure);

    assertThat(outcome.result()).isEqualTo(Result.UNTRUSTED_CERTIFICATE);
    assertThat(outcome.message())
        .contains("https://cbs.example.com:443")
        .contains("not trusted")
        .contains("self-signed")
        .contains("trusted certificate authority")
        .contains("use http")
        .contains("third-party authenticator app");
  }

  @Test
  void expiredCertificateSaysSo() {
    var failure =
        handshake("validity check failed", new CertificateExpiredException("NotAfter: ..."));

    assertThat(messages.tlsFailed(HTTPS, failure).result()).isEqualTo(Result.EXPIRED_CERTIFICATE);
  }

  @Test
  void certificateForAnotherNameIsAMismatch() {
    var failure =
        handshake(
            "No subject alternative DNS name matching cbs.example.com found.",
            new CertificateException(
                "No subject alternative DNS name matching cbs.example.com found."));

    HostTestOutcome outcome = messages.tlsFailed(HTTPS, failure);

    assertThat(outcome.result()).isEqualTo(Result.CERTIFICATE_NAME_MISMATCH);
    assertThat(outcome.message()).contains("not issued for cbs.example.com");
  }

  @Test
  void otherTlsFailureSuggestsHttpWithoutTheExceptionText() {
    HostTestOutcome outcome =
        messages.tlsFailed(HTTPS, new SSLException("Unsupported or unrecognized SSL message"));

    assertThat(outcome.result()).isEqualTo(Result.TLS_FAILED);
    assertThat(outcome.message()).doesNotContain("Unsupported or unrecognized SSL message");
    assertThat(outcome.message()).contains("choose http");
  }

  @Test
  void everyFailureToConnectReadsTheSame() {
    HostTestOutcome outcome = messages.couldNotConnect(HTTP);

    assertThat(outcome.result()).isEqualTo(Result.CONNECT_FAILED);
    assertThat(outcome.message())
        .isEqualTo(
            "Could not connect to http://203.0.113.7:8080 within 5 seconds. Check the host name,"
                + " the port, that the server is running and any firewall in between.");
  }

  @Test
  void unresolvableHostNameSaysSo() {
    HostTestOutcome outcome = messages.unknownHost(HTTPS);

    assertThat(outcome.result()).isEqualTo(Result.UNKNOWN_HOST);
    assertThat(outcome.message()).contains("cbs.example.com cannot be resolved");
  }

  @Test
  void aRefusedAddressIsNamedWithTheSettingThatAllowsIt() throws Exception {
    HostTestOutcome outcome =
        messages.addressNotAllowed(HTTPS, InetAddress.getByName("192.168.1.20"));

    assertThat(outcome.result()).isEqualTo(Result.ADDRESS_NOT_ALLOWED);
    assertThat(outcome.message())
        .startsWith("The Test does not connect to cbs.example.com (192.168.1.20)")
        .contains("twofactor.host-test.allow-private=true");
  }

  @Test
  void timeoutsNameTheConfiguredWait() {
    assertThat(messages.handshakeTimedOut(HTTPS).message())
        .contains("within 5 seconds")
        .contains("choose http");
    HostTestOutcome read = messages.readTimedOut(HTTP);
    assertThat(read.result()).isEqualTo(Result.READ_TIMEOUT);
    assertThat(read.message()).contains("did not answer within 1500 ms");
  }

  @Test
  void noHttpAnswerOnAnHttpPortSuggestsHttps() {
    HostTestOutcome outcome = messages.noHttpAnswer(HTTP);

    assertThat(outcome.result()).isEqualTo(Result.FAILED);
    assertThat(outcome.message()).contains("choose https");
  }

  @Test
  void durationsReadAsWords() {
    assertThat(HostTestMessages.words(Duration.ofSeconds(1))).isEqualTo("1 second");
    assertThat(HostTestMessages.words(Duration.ofSeconds(30))).isEqualTo("30 seconds");
    assertThat(HostTestMessages.words(Duration.ofMillis(250))).isEqualTo("250 ms");
  }

  private static SSLHandshakeException handshake(String message, Throwable cause) {
    var failure = new SSLHandshakeException(message);
    failure.initCause(cause);
    return failure;
  }
}
