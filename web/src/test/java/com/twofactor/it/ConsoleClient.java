package com.twofactor.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A console user's browser session without a browser: the login form, then plain page loads. */
public final class ConsoleClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient client;

  private ConsoleClient(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Logs in through the console's login page; fails unless the login is accepted. */
  public static ConsoleClient login(String baseUrl, String loginName, String password) {
    ConsoleClient session = new ConsoleClient(baseUrl);
    Api.Answer page = session.get("/login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(page.body());
    if (!viewState.find()) {
      throw new AssertionError("No view state on the login page: " + page.body());
    }
    String form =
        "login=login"
            + "&login%3AloginName="
            + encode(loginName)
            + "&login%3Apassword="
            + encode(password)
            + "&login%3Asubmit="
            + "&jakarta.faces.ViewState="
            + encode(viewState.group(1));
    Api.Answer answer =
        session.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (answer.status() != 302) {
      throw new AssertionError("Console login of " + loginName + " failed: " + answer.status());
    }
    return session;
  }

  /**
   * Loads a page, then submits its form with these fields (names as the page renders them) as a
   * browser without script would; the view state is taken from the page.
   */
  public Api.Answer submit(String path, Map<String, String> fields) {
    Api.Answer page = get(path);
    Matcher viewState = VIEW_STATE.matcher(page.body());
    if (!viewState.find()) {
      throw new AssertionError("No view state on " + path + ": " + page.status());
    }
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (name, value) -> form.append(encode(name)).append('=').append(encode(value)).append('&'));
    form.append("jakarta.faces.ViewState=").append(encode(viewState.group(1)));
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  public Api.Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  private Api.Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Api.Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
