package com.twofactor.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * An install upgraded from the legacy version, shared by the system test classes about Twilio SMS:
 * a Twilio-compatible server on loopback, and the application started with demo data and a legacy
 * Twilio settings file, which it imports at start. Tests here never switch Twilio off (that is for
 * good); the switch is tested on a server of its own.
 */
public final class LegacyApp implements BeforeAllCallback {

  public static final String ADMIN_PASSWORD = "legacy-admin-Password-1";
  public static final String ACCOUNT_SID = "AC1cd25cc70d48e90f3265bd02652eead9";
  public static final String AUTH_TOKEN = "legacy-auth-token-0123456789abcdef";
  public static final String SENDER = "+12063125010";

  private static MicroServer server;
  private static TwilioServer twilio;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(Namespace.GLOBAL)
        .getOrComputeIfAbsent(LegacyApp.class, key -> start(), Stopper.class);
  }

  private static synchronized Stopper start() {
    twilio = new TwilioServer();
    Path work = Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "legacy");
    RunningApp.deleteRecursively(work.resolve("data"));
    server = new MicroServer(work, options(work, "legacy", twilio.baseUrl()));
    server.start();
    return new Stopper(server, twilio);
  }

  /** The options of a server upgraded from the legacy version, its legacy file written afresh. */
  public static List<String> options(Path work, String name, String twilioBaseUrl) {
    List<String> options =
        new ArrayList<>(ItDatabase.freshDatabaseOptions(name, work.resolve("data")));
    options.add("-Dtwofactor.admin.password=" + ADMIN_PASSWORD);
    options.add("-Dtwofactor.demo=true");
    options.add("-Dtwofactor.throttle.free-failures=1000000");
    options.add("-Dtwofactor.twilio.api-base-url=" + twilioBaseUrl);
    options.add("-Dtwofactor.twilio.read-timeout=PT10S");
    options.add("-Dtwofactor.legacy.twilio-file=" + writeLegacyFile(work).toAbsolutePath());
    return options;
  }

  /** The legacy settings file: demo user user01 had MFA on and a verified Hong Kong number. */
  public static Path writeLegacyFile(Path work) {
    try {
      Files.createDirectories(work);
      return Files.writeString(
          work.resolve("twilio.properties"),
          String.join(
              "\n",
              "accountSid=" + ACCOUNT_SID,
              "authToken=" + AUTH_TOKEN,
              "senderCountry=US",
              "senderNumber=2063125010",
              "passcodeLength=6",
              "resendCooldownTime=1",
              "expiryTime=5",
              "consecutiveInvalidPasscodeAttemptsAllowed=5",
              "consecutiveSendAllowed=5",
              "allowLegacyClientToSkipSmsAuthentication=false",
              "user.user01.mfa=true",
              "user.user01.phone.1=HK,92153799,verified,2024-03-06T02:29:00Z",
              "user.user02.mfa=false",
              "user.user02.phone.1=HK,92153700,unverified",
              "user.gone.user.mfa=true",
              ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String baseUrl() {
    return server.baseUrl();
  }

  public static MicroServer server() {
    return server;
  }

  public static TwilioServer twilio() {
    return twilio;
  }

  public static Api api() {
    return new Api(server.baseUrl());
  }

  public static String adminToken() {
    return api().token("system", ADMIN_PASSWORD);
  }

  /**
   * A token of the built-in admin that stepped up with its password: changes of phone numbers go
   * through with it for the step-up window.
   */
  public static String steppedUpAdminToken() {
    String token = adminToken();
    api().stepUpWithPassword(token, ADMIN_PASSWORD);
    return token;
  }

  record Stopper(MicroServer server, TwilioServer twilio)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.stop();
      twilio.close();
    }
  }
}
