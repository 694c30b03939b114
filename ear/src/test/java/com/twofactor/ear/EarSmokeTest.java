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
