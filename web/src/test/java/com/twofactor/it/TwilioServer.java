package com.twofactor.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Twilio-compatible Messages API on 127.0.0.1 (WireMock) that accepts every SMS and records it,
 * so tests read the passcodes the server sent. It can be told to answer like a failing Twilio.
 */
public final class TwilioServer implements AutoCloseable {

  public static final String MESSAGES = "/2010-04-01/Accounts/[A-Za-z0-9]+/Messages.json";
  private static final Pattern PASSCODE =
      Pattern.compile("([A-Z]{4}-[0-9]+) is the verification code for user \"([^\"]+)\" login");

  private final WireMockServer server;

  public TwilioServer() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    accept();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Every message is accepted, as Twilio answers a queued message. */
  public void accept() {
    server.resetMappings();
    server.stubFor(
        post(urlPathMatching(MESSAGES))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"sid\":\"SM00000000000000000000000000000000\",\"status\":\"queued\","
                            + "\"body\":\"\",\"num_segments\":\"1\"}")));
  }

  /** Every message is answered with {@code status} and a Twilio error body. */
  public void failWith(int status) {
    server.resetMappings();
    server.stubFor(
        post(urlPathMatching(MESSAGES))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":20003,\"message\":\"Authenticate\",\"more_info\":\"\","
                            + "\"status\":"
                            + status
                            + "}")));
  }

  /** Every message is answered only after {@code delay} (longer than the server waits). */
  public void answerAfter(Duration delay) {
    server.resetMappings();
    server.stubFor(
        post(urlPathMatching(MESSAGES))
            .willReturn(aResponse().withStatus(201).withFixedDelay((int) delay.toMillis())));
  }

  /** The messages received so far, oldest first: form fields To, From, Body … */
  public List<Map<String, String>> messages() {
    return server.findAll(postRequestedFor(urlPathMatching(MESSAGES))).stream()
        .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
        .map(TwilioServer::form)
        .toList();
  }

  /** The authorization headers Twilio received (to check the credentials used). */
  public List<String> authorizations() {
    return server.findAll(postRequestedFor(urlPathMatching(MESSAGES))).stream()
        .map(request -> request.getHeader("Authorization"))
        .toList();
  }

  /** The passcode of the last SMS sent to {@code e164}, waiting for it at most 10 s. */
  public String lastPasscodeTo(String e164) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      List<Map<String, String>> sent =
          messages().stream().filter(m -> e164.equals(m.get("To"))).toList();
      if (!sent.isEmpty()) {
        Matcher matcher = PASSCODE.matcher(sent.get(sent.size() - 1).get("Body"));
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("No SMS with a passcode reached " + e164);
  }

  public long countTo(String e164) {
    return messages().stream().filter(m -> e164.equals(m.get("To"))).count();
  }

  /** A Hong Kong mobile number libphonenumber accepts, national form. */
  public static String randomHongKongMobile() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    for (int i = 0; i < 1000; i++) {
      String national = "9" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
      try {
        if (util.isValidNumberForRegion(util.parse(national, "HK"), "HK")) {
          return national;
        }
      } catch (NumberParseException e) {
        // try another
      }
    }
    throw new AssertionError("No valid Hong Kong number found");
  }

  private static Map<String, String> form(LoggedRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    Arrays.stream(request.getBodyAsString().split("&"))
        .map(pair -> pair.split("=", 2))
        .forEach(
            pair ->
                fields.put(
                    URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                    pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
    return fields;
  }

  @Override
  public void close() {
    server.stop();
  }
}
