package com.twofactor.mobileapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference client on the command line. The app's state lives in a file (default {@code
 * mobile-app.json} in the working folder, or {@code --state FILE}) only its owner may read. A
 * refused {@code pair}, {@code approve} or {@code deny} exits with status 1.
 *
 * <pre>
 *   pair &lt;qr.png|pairing text&gt; [--name NAME] [--platform android|ios]
 *   pending
 *   approve &lt;requestId&gt; &lt;number&gt;
 *   deny &lt;requestId&gt;
 *   code
 * </pre>
 */
public final class Main {

  private Main() {}

  public static void main(String[] arguments) throws Exception {
    List<String> args = new ArrayList<>(List.of(arguments));
    Path state = Path.of(option(args, "--state", "mobile-app.json"));
    String name = option(args, "--name", "Reference app");
    String platform = option(args, "--platform", "android");
    if (args.isEmpty()) {
      usage();
      return;
    }
    switch (args.get(0)) {
      case "pair" -> {
        need(args, 2);
        String source = args.get(1);
        String text =
            source.strip().startsWith("{")
                ? source
                : MobileApp.decodeQr(Files.readAllBytes(Path.of(source)));
        MobileApp app;
        try {
          app = MobileApp.pair(text, name, platform);
        } catch (MobileApp.PairingRefused e) {
          System.err.println(e.getMessage());
          System.exit(1);
          return;
        }
        app.save(state);
        System.out.println("Paired as device " + app.deviceId() + " with " + app.server());
        System.out.println("State saved to " + state.toAbsolutePath());
      }
      case "pending" -> {
        List<MobileApp.Pending> pending = MobileApp.load(state).pending();
        if (pending.isEmpty()) {
          System.out.println("No login waits for this app.");
        }
        for (MobileApp.Pending login : pending) {
          System.out.printf(
              "%s  %s from %s (%s), until %s; pick the number the login page shows: %s%n",
              login.requestId(),
              login.loginName(),
              login.sourceAddress(),
              login.client(),
              login.expiresAt(),
              String.join(" ", login.numberChoices()));
        }
      }
      case "approve" -> {
        need(args, 3);
        report(MobileApp.load(state).approve(args.get(1), args.get(2)));
      }
      case "deny" -> {
        need(args, 2);
        report(MobileApp.load(state).deny(args.get(1)));
      }
      case "code" -> System.out.println(MobileApp.load(state).code());
      default -> usage();
    }
  }

  private static void report(MobileApp.Answer answer) {
    System.out.println(answer.status() == 200 ? answer.json().getString("result") : answer);
    if (answer.status() != 200) {
      System.exit(1);
    }
  }

  private static String option(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size()) {
      return fallback;
    }
    String value = args.get(at + 1);
    args.remove(at + 1);
    args.remove(at);
    return value;
  }

  private static void need(List<String> args, int count) {
    if (args.size() < count) {
      usage();
      System.exit(2);
    }
  }

  private static void usage() {
    System.out.println(
        "Usage: mobile-app [--state FILE] pair <qr.png|pairing text> [--name NAME]"
            + " [--platform android|ios]\n"
            + "       mobile-app [--state FILE] pending\n"
            + "       mobile-app [--state FILE] approve <requestId> <number>\n"
            + "       mobile-app [--state FILE] deny <requestId>\n"
            + "       mobile-app [--state FILE] code");
  }
}
