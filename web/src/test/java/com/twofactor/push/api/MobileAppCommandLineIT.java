package com.twofactor.push.api;

import static com.twofactor.it.BrandedAppSettings.challengePath;
import static com.twofactor.it.BrandedAppSettings.startPush;
import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.BrandedAppSettings;
import com.twofactor.it.RunningApp;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reference client's command line as the README has a person run it ({@code java -jar
 * twofactor-mobile-app-*.jar …}, in a process of its own): {@code pair} from a saved QR code image
 * or from its text, {@code pending}, {@code approve}, {@code deny} and {@code code} against the
 * running server, and the state file it keeps, which only its owner may read or write.
 */
@ExtendWith(RunningApp.class)
class MobileAppCommandLineIT {

  private static final String PASSWORD = "command-line-Password-1";

  private static Api api;

  @BeforeAll
  static void brandedAppOn() {
    api = new Api(RunningApp.baseUrl());
    BrandedAppSettings.switchOn(api);
  }

  @AfterAll
  static void brandedAppOff() {
    BrandedAppSettings.switchOff(api);
  }

  @Test
  void aPersonPairsFromTheQrImageAndApprovesDeniesAndTypesCodesOnTheCommandLine()
      throws IOException {
    Path folder = freshFolder("qr-image");
    try {
      pairFromTheImageAndAnswer(folder);
    } finally {
      // The state holds the app's key and secret.
      RunningApp.deleteRecursively(folder);
    }
  }

  private static void pairFromTheImageAndAnswer(Path folder) throws IOException {
    String user = enabledUser();
    JsonObject setup = api.login(user, PASSWORD).json();
    Api.Answer offer = api.post(challengePath(setup) + "/pairing/mobile", "{}", null);
    assertThat(offer.status()).as(offer.body()).isEqualTo(200);
    Files.write(
        folder.resolve("qr.png"), Base64.getDecoder().decode(offer.json().getString("qrPng")));

    Run paired = run(folder, "pair", "qr.png", "--name", "Terminal phone");
    assertThat(paired.exitCode()).as(paired.output()).isZero();
    assertThat(paired.output())
        .contains("Paired as device ", " with " + RunningApp.baseUrl(), "State saved to ");
    assertThat(
            BrandedAppSettings.pollUntilDone(api, challengePath(setup)).json().getString("status"))
        .isEqualTo("AUTHENTICATED");
    Path state = folder.resolve("mobile-app.json");
    assertThat(Files.getPosixFilePermissions(state))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    try (var files = Files.list(folder)) {
      // Written through a temporary file that is gone once the state is in place.
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("qr.png", "mobile-app.json");
    }

    Run nothingYet = run(folder, "pending");
    assertThat(nothingYet.output()).contains("No login waits for this app.");

    // A login approved with the number it shows.
    JsonObject challenge = api.login(user, PASSWORD).json();
    JsonObject push = startPush(api, challenge);
    String requestId = push.getString("requestId");
    String number = push.getString("numberMatch");
    Run pending = run(folder, "pending");
    assertThat(pending.exitCode()).isZero();
    Matcher listed =
        Pattern.compile(Pattern.quote(requestId) + "  " + Pattern.quote(user) + " .*: (.+)")
            .matcher(pending.output());
    assertThat(listed.find()).as(pending.output()).isTrue();
    assertThat(listed.group(1).strip().split(" ")).hasSize(3).contains(number);
    Run approved = run(folder, "approve", requestId, number);
    assertThat(approved.exitCode()).as(approved.output()).isZero();
    assertThat(approved.output().strip()).isEqualTo("APPROVED");
    assertThat(
            BrandedAppSettings.pollUntilDone(api, challengePath(challenge))
                .json()
                .getString("status"))
        .isEqualTo("AUTHENTICATED");
    // Approving it again is refused, and the command says so with its exit code.
    Run again = run(folder, "approve", requestId, number);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.output()).contains("410");

    // A login denied.
    JsonObject denied = api.login(user, PASSWORD).json();
    Run deny = run(folder, "deny", startPush(api, denied).getString("requestId"));
    assertThat(deny.exitCode()).as(deny.output()).isZero();
    assertThat(deny.output().strip()).isEqualTo("DENIED");
    assertThat(
            BrandedAppSettings.pollUntilDone(api, challengePath(denied)).json().getString("status"))
        .isEqualTo("DENIED");

    // The app's own one-time password finishes a login.
    Run code = run(folder, "code");
    assertThat(code.exitCode()).isZero();
    assertThat(code.output().strip()).matches("[0-9]{6}");
    JsonObject withCode = api.login(user, PASSWORD).json();
    Api.Answer answered =
        api.post(
            challengePath(withCode) + "/totp",
            "{\"code\":\"" + code.output().strip() + "\"}",
            null);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().getString("status")).isEqualTo("AUTHENTICATED");
  }

  @Test
  void aPersonPairsFromTheQrTextIntoAStateFileOfTheirChoice() throws IOException {
    Path folder = freshFolder("qr-text");
    try {
      pairFromTheText(folder);
    } finally {
      RunningApp.deleteRecursively(folder);
    }
  }

  private static void pairFromTheText(Path folder) throws IOException {
    String user = enabledUser();
    JsonObject setup = api.login(user, PASSWORD).json();
    String pairingText =
        api.post(challengePath(setup) + "/pairing/mobile", "{}", null)
            .json()
            .getString("pairingUri");

    Run paired =
        run(folder, "--state", "phones/second.json", "pair", pairingText, "--platform", "ios");
    assertThat(paired.exitCode()).as(paired.output()).isZero();
    assertThat(
            BrandedAppSettings.pollUntilDone(api, challengePath(setup)).json().getString("status"))
        .isEqualTo("AUTHENTICATED");
    Path state = folder.resolve("phones/second.json");
    assertThat(Files.getPosixFilePermissions(state))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.exists(folder.resolve("mobile-app.json"))).isFalse();

    // The same token a second time: refused, and the command fails without writing a state.
    Run used = run(folder, "--state", "third.json", "pair", pairingText);
    assertThat(used.exitCode()).isEqualTo(1);
    assertThat(used.output()).contains("The server refused to pair: 410").doesNotContain("\tat ");
    assertThat(Files.exists(folder.resolve("third.json"))).isFalse();
  }

  // --- helpers

  /** What a run of the command line printed (standard output and error) and how it exited. */
  private record Run(int exitCode, String output) {}

  /** Runs {@code java -jar twofactor-mobile-app-….jar arguments…} in {@code folder}, bounded. */
  private static Run run(Path folder, String... arguments) {
    Path jar = Path.of(System.getProperty("it.mobileAppJar", "missing"));
    assertThat(jar).as("the reference client's jar (built with the web module)").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(List.of(arguments));
    Path output = folder.resolveSibling(folder.getFileName() + "-output.txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("The command line did not finish: " + command);
      }
      return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      // It shows codes: it is not a log to keep.
      deleteQuietly(output);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path freshFolder(String name) throws IOException {
    Path folder =
        Path.of(System.getProperty("it.workDir", "target/it"), "mobile-app-command-line", name)
            .toAbsolutePath();
    RunningApp.deleteRecursively(folder);
    return Files.createDirectories(folder);
  }

  private static String enabledUser() {
    String user = Api.uniqueName("terminal");
    api.createBackupUser(user, PASSWORD, true);
    return user;
  }
}
