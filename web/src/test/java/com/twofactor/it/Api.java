package com.twofactor.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small client of the TwoFactor API for system tests. */
public final class Api {

  private final String baseUrl;
  private final Duration timeout;
  private final HttpClient client;

  public Api(String baseUrl) {
    this(baseUrl, Duration.ofSeconds(30));
  }

  /**
   * @param timeout how long a request may take
   */
  public Api(String baseUrl, Duration timeout) {
    this(baseUrl, timeout, HttpClient.Version.HTTP_1_1);
  }

  /**
   * @param timeout how long a request may take
   * @param version the HTTP version asked for: HTTP_1_1 (what the server's plain listener speaks)
   *     or HTTP_2 (Java's default), which asks for an upgrade to HTTP/2 over cleartext that the
   *     server declines
   */
  public Api(String baseUrl, Duration timeout, HttpClient.Version version) {
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** A response with its body, read as JSON when it is JSON. */
  /** An answer; {@code retryAfter} is its Retry-After header, if it has one. */
  public record Answer(int status, String contentType, String body, String retryAfter) {

    public Answer(int status, String contentType, String body) {
      this(status, contentType, body, null);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public jakarta.json.JsonArray jsonArray() {
      return Json.createReader(new StringReader(body)).readArray();
    }
  }

  public Answer get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Answer post(String path, String json, String token) {
    SecretsSeen.noteJson(json);
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer patch(String path, String json, String token) {
    SecretsSeen.noteJson(json);
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer put(String path, String json, String token) {
    SecretsSeen.noteJson(json);
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  public Answer login(String loginName, String password) {
    return post(
        "/api/v1/auth/login",
        Json.createObjectBuilder()
            .add("loginName", loginName)
            .add("password", password)
            .add("client", Json.createObjectBuilder().add("type", "API"))
            .build()
            .toString(),
        null);
  }

  /** The access token of a login that must succeed. */
  public String token(String loginName, String password) {
    Answer answer = login(loginName, password);
    if (answer.status() != 200) {
      throw new AssertionError("Login of " + loginName + " failed: " + answer);
    }
    return answer.json().getString("token");
  }

  public String adminToken() {
    return token("system", RunningApp.adminPassword());
  }

  /**
   * Switches mobile authentication (with Google Authenticator) on or off for the whole server. The
   * setting is global: a test that switches it on switches it off again when it ends.
   */
  public void switchMobileAuthentication(boolean on) {
    String token = adminToken();
    JsonObject current = get("/api/v1/settings/two-factor", token).json();
    Answer changed =
        put(
            "/api/v1/settings/two-factor",
            Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("mobileAuthentication", on)
                .add("authenticatorApp", "GOOGLE")
                .add("requireForSystemUsers", false)
                .build()
                .toString(),
            token);
    if (changed.status() != 200) {
      throw new AssertionError("Cannot change the two-factor settings: " + changed);
    }
  }

  /**
   * Proves with the password, for an account with no paired device, that the holder of {@code
   * token} is who it claims: factor changes made with this token then go through for a few minutes.
   */
  public void stepUpWithPassword(String token, String password) {
    Answer proven =
        post(
            "/api/v1/me/step-up",
            Json.createObjectBuilder().add("password", password).build().toString(),
            token);
    if (proven.status() != 204) {
      throw new AssertionError("Cannot step up: " + proven);
    }
  }

  /**
   * A new paid backup user as the API takes it; owner, policy group and the two-factor switch only
   * where given, so the server's defaults apply otherwise.
   */
  public record NewBackupUser(
      String loginName, String password, String owner, String policyGroup, Boolean twoFactor) {

    public static NewBackupUser named(String loginName, String password) {
      return new NewBackupUser(loginName, password, null, null, false);
    }

    public NewBackupUser ownedBy(String subAdmin) {
      return new NewBackupUser(loginName, password, subAdmin, policyGroup, twoFactor);
    }

    public NewBackupUser inGroup(String group) {
      return new NewBackupUser(loginName, password, owner, group, twoFactor);
    }

    public NewBackupUser withTwoFactor(boolean enabled) {
      return new NewBackupUser(loginName, password, owner, policyGroup, enabled);
    }

    public String json() {
      var user =
          Json.createObjectBuilder()
              .add("loginName", loginName)
              .add("password", password)
              .add("type", "PAID");
      if (twoFactor != null) {
        user.add("twoFactorEnabled", twoFactor);
      }
      if (owner != null) {
        user.add("owner", owner);
      }
      if (policyGroup != null) {
        user.add("policyGroup", policyGroup);
      }
      return user.build().toString();
    }
  }

  /** Creates a backup user through the API, as the built-in admin. */
  public void createBackupUser(String loginName, String password, boolean twoFactorEnabled) {
    createBackupUser(NewBackupUser.named(loginName, password).withTwoFactor(twoFactorEnabled));
  }

  /** Creates a backup user through the API, as the built-in admin. */
  public void createBackupUser(NewBackupUser user) {
    Answer created = post("/api/v1/backup-users", user.json(), adminToken());
    if (created.status() != 201) {
      throw new AssertionError("Cannot create backup user " + user.loginName() + ": " + created);
    }
  }

  /** A login name no other test uses. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates a system user through the API, as the built-in admin. */
  public void createSystemUser(String loginName, String role, String password) {
    createSystemUserAs(adminToken(), loginName, role, password);
  }

  /** Creates a system user through the API, as the holder of {@code token}. */
  public void createSystemUserAs(String token, String loginName, String role, String password) {
    Answer answer =
        post(
            "/api/v1/system-users",
            Json.createObjectBuilder()
                .add("loginName", loginName)
                .add("role", role)
                .add("password", password)
                .build()
                .toString(),
            token);
    if (answer.status() != 201) {
      throw new AssertionError("Cannot create system user " + loginName + ": " + answer);
    }
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      SecretsSeen.noteJson(response.body());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("Retry-After").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
