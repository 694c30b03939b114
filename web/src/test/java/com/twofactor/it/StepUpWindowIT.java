package com.twofactor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A step-up proof lasts {@code twofactor.step-up.window} only: on a server of its own with a window
 * of a few seconds, the change allowed just after the proof is refused again once it is stale.
 */
class StepUpWindowIT {

  private static final String ADMIN_PASSWORD = "window-Admin-1";
  private static final Duration WINDOW = Duration.ofSeconds(4);

  @Test
  void aProofIsStaleAfterTheWindow() throws Exception {
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), "step-up-window");
    RunningApp.deleteRecursively(work);
    List<String> options =
        new ArrayList<>(ItDatabase.freshDatabaseOptions("stepupwindow", work.resolve("data")));
    options.add("-Dtwofactor.admin.password=" + ADMIN_PASSWORD);
    options.add("-Dtwofactor.step-up.window=" + WINDOW);

    try (MicroServer server = new MicroServer(work, options).start()) {
      Api api = new Api(server.baseUrl());
      String token = api.token("system", ADMIN_PASSWORD);
      assertThat(api.post("/api/v1/me/recovery-codes", "{}", token).status()).isEqualTo(403);

      Instant proven = Instant.now();
      assertThat(
              api.post("/api/v1/me/step-up", "{\"password\":\"" + ADMIN_PASSWORD + "\"}", token)
                  .status())
          .isEqualTo(204);
      Api.Answer fresh = api.post("/api/v1/me/recovery-codes", "{}", token);
      assertThat(Duration.between(proven, Instant.now())).isLessThan(WINDOW);
      assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);

      Thread.sleep(WINDOW.plusSeconds(1).toMillis());
      Api.Answer stale = api.post("/api/v1/me/recovery-codes", "{}", token);
      assertThat(stale.status()).as(stale.body()).isEqualTo(403);
      assertThat(stale.json().getString("type"))
          .isEqualTo("urn:twofactor:problem:step-up-required");
    }
  }
}
