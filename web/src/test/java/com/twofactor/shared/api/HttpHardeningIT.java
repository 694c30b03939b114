package com.twofactor.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every HTTP answer carries (security headers, no caching of pages and API answers, cookie
 * attributes), how the API and the console are told apart, and that bad input is a 4xx.
 */
@ExtendWith(RunningApp.class)
class HttpHardeningIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION_ID = Pattern.compile("JSESSIONID=([^;]+)");

  private static final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static Api api;
  private static String admin;

  @BeforeAll
  static void signIn() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
  }

  @Test
  void anApiAnswerCarriesTheSecurityHeadersAndIsNotStored() {
    HttpResponse<String> me = get("/api/v1/me", admin);

    assertThat(me.statusCode()).isEqualTo(200);
    assertSecurityHeaders(me);
    assertThat(header(me, "Cache-Control")).contains("no-store");
  }

  @Test
  void aProblemAnswerCarriesTheSecurityHeadersAndIsNotStored() {
    HttpResponse<String> problem = get("/api/v1/backup-users?page=-1", admin);

    assertThat(problem.statusCode()).isEqualTo(400);
    assertSecurityHeaders(problem);
    assertThat(header(problem, "Cache-Control")).contains("no-store");
  }

  @Test
  void theLoginAnswerWithItsTokenIsNotStored() {
    HttpResponse<String> login =
        post(
            "/api/v1/auth/login",
            Json.createObjectBuilder()
                .add("loginName", "system")
                .add("password", RunningApp.adminPassword())
                .add("client", Json.createObjectBuilder().add("type", "API"))
                .build()
                .toString(),
            null);

    assertThat(login.statusCode()).isEqualTo(200);
    assertSecurityHeaders(login);
    assertThat(header(login, "Cache-Control")).contains("no-store");
  }

  @Test
  void consolePagesAndErrorPagesCarryTheSecurityHeadersAndAreNotStored() {
    HttpResponse<String> login = get("/login.xhtml", null);
    HttpResponse<String> missing = get("/no-such-page.xhtml", null);

    assertThat(login.statusCode()).isEqualTo(200);
    assertSecurityHeaders(login);
    assertThat(header(login, "Cache-Control")).contains("no-store");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertSecurityHeaders(missing);
    assertThat(header(missing, "Cache-Control")).contains("no-store");
  }

  @Test
  void aStaticResourceCarriesTheSecurityHeadersAndMayBeCached() {
    HttpResponse<String> css = get("/jakarta.faces.resource/css/console.css.xhtml", null);

    assertThat(css.statusCode()).isEqualTo(200);
    assertSecurityHeaders(css);
    assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrictAndNotSecureOverPlainHttp() {
    String cookie = sessionCookieHeader(get("/login.xhtml", null)).orElseThrow();

    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
  }

  @Test
  void theSessionIdChangesAfterThePasswordStep() {
    String name = Api.uniqueName("session-id");
    String password = "session-Password-1";
    api.switchMobileAuthentication(true);
    try {
      api.createBackupUser(name, password, true);
      HttpResponse<String> page = get("/login.xhtml", null);
      String before = sessionId(page).orElseThrow();

      HttpResponse<String> passwordStep =
          postForm(
              "/login.xhtml",
              Map.of(
                  "login",
                  "login",
                  "login:loginName",
                  name,
                  "login:password",
                  password,
                  "login:submit",
                  "",
                  "jakarta.faces.ViewState",
                  viewState(page.body())),
              before);

      assertThat(passwordStep.statusCode()).isEqualTo(302);
      assertThat(header(passwordStep, "Location")).endsWith("/second-step.xhtml");
      String after = sessionId(passwordStep).orElseThrow();
      assertThat(after).isNotEqualTo(before);
      HttpResponse<String> withOldId = getWithSession("/second-step.xhtml", before);
      HttpResponse<String> withNewId = getWithSession("/second-step.xhtml", after);
      assertThat(withOldId.statusCode()).isEqualTo(302);
      assertThat(header(withOldId, "Location")).endsWith("/login.xhtml");
      assertThat(withNewId.statusCode()).isEqualTo(200);
      assertThat(header(withNewId, "Cache-Control")).contains("no-store");
      // Between the password and the second factor the session opens no page of the console.
      for (String guarded : new String[] {"/account/index.xhtml", "/account/devices.xhtml"}) {
        HttpResponse<String> before2fa = getWithSession(guarded, after);
        assertThat(before2fa.statusCode()).as(guarded).isEqualTo(302);
        assertThat(header(before2fa, "Location")).as(guarded).endsWith("/login.xhtml");
      }
    } finally {
      api.switchMobileAuthentication(false);
    }
  }

  /**
   * A path that starts like the API but that the server normalises to a console page is the
   * console: a bearer token does not open it, the console login does.
   */
  @Test
  void aBearerTokenDoesNotOpenAConsolePageThroughAPathThatLooksLikeTheApi() {
    HttpResponse<String> page = get("/api/v1/../../admin/users/backup-users.xhtml", admin);

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(header(page, "Location")).endsWith("/login.xhtml");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page=-1",
        "page=5000000&size=500",
        "size=100000",
        "size=0",
        "page=abc",
        "size=1e3",
        "page=99999999999999999999"
      })
  void pagingOutOfRangeOrNotANumberIsABadRequest(String query) {
    for (String list :
        List.of("/api/v1/backup-users", "/api/v1/system-users", "/api/v1/policy-groups")) {
      HttpResponse<String> answer = get(list + "?" + query, admin);

      assertThat(answer.statusCode()).as(list + "?" + query).isEqualTo(400);
      assertThat(header(answer, "Content-Type")).startsWith("application/problem+json");
      assertThat(json(answer).getString("detail")).matches("(page|size) must be .*");
    }
  }

  @Test
  void aBodyOverSixtyFourKibibytesIsRefusedBeforeParsing() {
    String tooLarge = "{\"loginNames\":[\"" + "a".repeat(64 * 1024) + "\"],\"enabled\":true}";

    HttpResponse<String> declared = post("/api/v1/backup-users/two-factor", tooLarge, admin);

    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(header(declared, "Content-Type")).startsWith("application/problem+json");
    assertThat(json(declared).getString("detail")).contains("65536 bytes");
  }

  @Test
  void aChunkedBodyOverSixtyFourKibibytesIsRefusedToo() {
    byte[] body = new byte[64 * 1024 + 1];
    java.util.Arrays.fill(body, (byte) ' ');

    HttpResponse<String> chunked =
        send(
            request("/api/v1/backup-users/two-factor", admin)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    assertThat(chunked.statusCode()).isEqualTo(413);
  }

  @Test
  void aChunkedBodyWithinTheLimitIsRead() {
    byte[] body =
        "{\"loginNames\":[\"nobody-chunked\"],\"enabled\":true}".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> chunked =
        send(
            request("/api/v1/backup-users/two-factor", admin)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(200);
    assertThat(json(chunked).getJsonArray("notFound").getString(0)).isEqualTo("nobody-chunked");
  }

  @Test
  void aBulkChangeOfMoreNamesThanTheMaximumIsABadRequestThatSaysSo() {
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (int i = 0; i <= 1000; i++) {
      names.add("n" + i);
    }

    HttpResponse<String> answer =
        post(
            "/api/v1/backup-users/two-factor",
            Json.createObjectBuilder()
                .add("loginNames", names)
                .add("enabled", true)
                .build()
                .toString(),
            admin);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json(answer).getString("detail"))
        .contains("At most 1000 login names")
        .contains("1001");
  }

  @Test
  void aBulkChangeWithANullNameIsABadRequest() {
    HttpResponse<String> answer =
        post("/api/v1/backup-users/two-factor", "{\"loginNames\":[null],\"enabled\":true}", admin);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json(answer).getString("detail")).contains("loginNames");
  }

  @Test
  void theLoginNameFilterMatchesWildcardsLiterally() {
    String prefix = Api.uniqueName("esc").replace("-", "");
    api.createBackupUser(prefix + "_a", "escape-Password-1", false);
    api.createBackupUser(prefix + "Xa", "escape-Password-1", false);

    assertThat(loginNamesMatching(prefix + "_")).containsExactly(prefix + "_a");
    assertThat(loginNamesMatching(prefix + "%")).isEmpty();
    assertThat(loginNamesMatching(prefix + "\\")).isEmpty();
    assertThat(loginNamesMatching(prefix + "!")).isEmpty();
    assertThat(loginNamesMatching(prefix.toUpperCase())).hasSize(2);
  }

  private static List<String> loginNamesMatching(String filter) {
    HttpResponse<String> answer =
        get(
            "/api/v1/backup-users?loginName=" + URLEncoder.encode(filter, StandardCharsets.UTF_8),
            admin);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("loginName"))
        .collect(Collectors.toList());
  }

  private static void assertSecurityHeaders(HttpResponse<String> answer) {
    assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(answer, "Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
    assertThat(header(answer, "X-Frame-Options")).isEqualTo("DENY");
    assertThat(header(answer, "Referrer-Policy")).isEqualTo("no-referrer");
    // Plain http here: HSTS only over https.
    assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static String header(HttpResponse<String> answer, String name) {
    return answer
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("No " + name + " header: " + answer.headers()));
  }

  private static Optional<String> sessionCookieHeader(HttpResponse<String> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst();
  }

  private static Optional<String> sessionId(HttpResponse<String> answer) {
    return sessionCookieHeader(answer)
        .map(SESSION_ID::matcher)
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1));
  }

  private static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    assertThat(matcher.find()).as("the login form's view state").isTrue();
    return matcher.group(1);
  }

  private static JsonObject json(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private static HttpResponse<String> get(String path, String token) {
    return send(request(path, token).GET());
  }

  private static HttpResponse<String> getWithSession(String path, String sessionId) {
    return send(request(path, null).header("Cookie", "JSESSIONID=" + sessionId).GET());
  }

  private static HttpResponse<String> post(String path, String json, String token) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> postForm(
      String path, Map<String, String> fields, String sessionId) {
    String form =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        request(path, null)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "JSESSIONID=" + sessionId)
            .POST(BodyPublishers.ofString(form)));
  }

  private static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path))
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
