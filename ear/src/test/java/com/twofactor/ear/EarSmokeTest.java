package com.twofactor.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The API smoke test every server the EAR runs on passes: readiness, a login with a JWT, a wrong
 * password as problem JSON, the system users list with the token and its refusal without one, and
 * every listener of the server on 127.0.0.1. A subclass starts the server and deploys the EAR once
 * for all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EarSmokeTest {

  static final String APPLICATION = "twofactor";
  static final String ADMIN_PASSWORD = "Ear-IT-system-4711";

  /** The server under test, once started (null before). */
  abstract ServerHarness server();

  abstract ApiClient api();

  /** The name the server gives its instance, which the {@code node} health check reports. */
  abstract String nodeName();

  @RegisterExtension
  final TestWatcher logTailOnFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (server() != null) {
            server().markFailed();
          }
        }
      };

  @Test
  void readinessIsUp() throws Exception {
    HttpResponse<String> response = api().health("/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("UP");
  }

  /** The application's own readiness check, not only the server's "deployed". */
  @Test
  void readinessChecksTheDatabase() throws Exception {
    HttpResponse<String> response = api().health("/health/ready");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(check(response, "database").getString("status")).isEqualTo("UP");
  }

  /** Behind a load balancer, {@code /health} says which instance answered. */
  @Test
  void healthNamesTheNodeThatAnswered() throws Exception {
    HttpResponse<String> response = api().health("/health");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject node = check(response, "node");
    assertThat(node.getString("status")).isEqualTo("UP");
    JsonObject data = node.getJsonObject("data");
    assertThat(data.getString("name")).isEqualTo(nodeName());
    assertThat(data.getString("host")).isNotBlank();
    // Servers write the number as a JSON number or as a string.
    assertThat(data.get("pid").toString().replace("\"", ""))
        .isEqualTo(String.valueOf(server().pid().orElseThrow()));
  }

  @Test
  void systemLogsInThroughTheApiAndGetsAJwt() throws Exception {
    HttpResponse<String> response = api().login("system", ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject body = ApiClient.json(response.body()).asJsonObject();
    assertThat(body.getString("status")).isEqualTo("AUTHENTICATED");
    assertThat(body.getString("token")).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    assertThat(body.getJsonNumber("expiresIn").longValue()).isEqualTo(900L);
  }

  @Test
  void wrongPasswordIsRejectedWithProblemJson() throws Exception {
    HttpResponse<String> response = api().login("system", ADMIN_PASSWORD + "-wrong");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(ApiClient.json(response.body()).getValueType())
        .isEqualTo(JsonValue.ValueType.OBJECT);
    assertThat(response.body()).doesNotContain("token");
  }

  @Test
  void systemUsersListsTheSystemAdministrator() throws Exception {
    HttpResponse<String> loggedIn = api().login("system", ADMIN_PASSWORD);
    assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
    String token = ApiClient.json(loggedIn.body()).asJsonObject().getString("token");

    HttpResponse<String> response = api().get("/api/v1/system-users", token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject page = ApiClient.json(response.body()).asJsonObject();
    assertThat(page.getInt("page")).isZero();
    assertThat(page.getInt("size")).isEqualTo(50);
    assertThat(page.getJsonNumber("total").longValue()).isPositive();
    JsonArray items = page.getJsonArray("items");
    assertThat(items)
        .map(JsonValue::asJsonObject)
        .filteredOn(user -> "system".equals(user.getString("loginName", null)))
        .singleElement()
        .satisfies(system -> assertThat(system.toString()).contains("\"ADMIN\""));
  }

  @Test
  void systemUsersNeedAToken() throws Exception {
    HttpResponse<String> response = api().get("/api/v1/system-users", null);

    assertThat(response.statusCode()).as(response.body()).isIn(401, 403);
  }

  private static JsonObject check(HttpResponse<String> response, String name) {
    return ApiClient.json(response.body()).asJsonObject().getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(check -> name.equals(check.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check \"" + name + "\" in " + response.body()));
  }

  /** Reads /proc/net/tcp{,6} (Linux only): every listener of the server is on 127.0.0.1. */
  @Test
  void listenersAreBoundToLoopbackOnly() throws Exception {
    if (!Loopback.canListListeners()) {
      server().log("no /proc/net/tcp, listener addresses not checked");
      return;
    }
    Map<String, String> listeners = Loopback.listeners(server().ports());
    server().log("listeners: " + listeners);
    assertThat(listeners).isNotEmpty();
    assertThat(listeners.values())
        .allSatisfy(address -> assertThat(address).isIn(Loopback.LOOPBACK_HEX));
  }
}
