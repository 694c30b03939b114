package com.twofactor.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares what arquillian.xml refers to before any test starts: a free loopback port, the preboot
 * command binding Micro to 127.0.0.1, and a fresh database of the Arquillian server's own (the
 * shared system-test server has another).
 */
public class ArquillianSetup implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("arq.port") != null || System.getProperty("it.war") == null) {
      return;
    }
    Path work =
        Path.of(System.getProperty("it.workDir", "target/it"), ItDatabase.kind(), "arquillian");
    RunningApp.deleteRecursively(work);
    try {
      Path preboot = MicroServer.loopbackPreboot(work);
      List<String> options =
          new ArrayList<>(ItDatabase.freshDatabaseOptions("arquillian", work.resolve("data")));
      options.add("-Dtwofactor.data.dir=" + work.resolve("data"));
      options.add("-Dtwofactor.admin.password=" + RunningApp.ADMIN_PASSWORD);
      // In-container answers all come from 127.0.0.1: throttling is tested on its own server.
      options.add("-Dtwofactor.throttle.free-failures=1000000");
      String port = Integer.toString(MicroServer.freePort());
      // Tests running inside the server reach its HTTP listener through this.
      options.add("-Dit.httpPort=" + port);
      System.setProperty("arq.port", port);
      System.setProperty("arq.preboot", preboot.toString());
      System.setProperty("arq.rootdir", work.resolve("micro-root").toString());
      System.setProperty("arq.jvmOptions", String.join(" ", options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
