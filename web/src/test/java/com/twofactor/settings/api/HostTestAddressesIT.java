package com.twofactor.settings.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Deployments;
import com.twofactor.testing.LoopbackHost;
import jakarta.json.Json;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The host Test refuses non-public addresses when {@code twofactor.host-test.allow-private} is off,
 * as it is by default and on the Arquillian server (the shared system-test server turns it on to
 * test against hosts on loopback). Runs as a client of that server's API.
 */
@ExtendWith(ArquillianExtension.class)
class HostTestAddressesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL deployed;

  @Test
  void aHostOnLoopbackIsRefusedWithAClearMessageAndNeverAsked() {
    // Micro reports its first non-loopback address; tests talk to 127.0.0.1 only.
    String path = deployed.getPath().replaceAll("/+$", "");
    Api api = new Api("http://127.0.0.1:" + deployed.getPort() + path);
    try (LoopbackHost ready = LoopbackHost.http("/health/ready", 200)) {
      Api.Answer test =
          api.post(
              "/api/v1/settings/two-factor/host-test",
              Json.createObjectBuilder()
                  .add("protocol", "http")
                  .add("name", "127.0.0.1")
                  .add("port", ready.port())
                  .build()
                  .toString(),
              api.adminToken());

      assertThat(test.status()).as(test.body()).isEqualTo(200);
      assertThat(test.json().getBoolean("success")).isFalse();
      assertThat(test.json().getString("result")).isEqualTo("ADDRESS_NOT_ALLOWED");
      assertThat(test.json().getString("message"))
          .startsWith("The Test does not connect to 127.0.0.1")
          .contains("twofactor.host-test.allow-private=true");
      assertThat(ready.requests()).isZero();
    }
  }
}
