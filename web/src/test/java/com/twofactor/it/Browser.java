package com.twofactor.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for console tests: Debian's {@code chromium} and {@code chromedriver}, a
 * fresh profile under {@code target}, nothing fetched from the network but the application. A
 * missing Chromium fails the test: {@code .ci/run} installs it.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path WORK = Path.of("target", "chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final String baseUrl;
  private final Path profile;
  private final ChromeDriverService service;
  private final WebDriver driver;

  private Browser(String baseUrl) throws IOException {
    requireInstalled(CHROMIUM, "chromium");
    requireInstalled(CHROMEDRIVER, "chromium-driver");
    this.baseUrl = baseUrl;
    this.profile = Files.createTempDirectory(Files.createDirectories(WORK), "profile-");
    this.service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(WORK.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    WebDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      RunningApp.deleteRecursively(profile);
      throw e;
    }
    this.driver = started;
    driver.manage().window().setSize(new Dimension(1400, 1000));
  }

  /** Starts Chromium for the application at {@code baseUrl} (http://127.0.0.1:port). */
  public static Browser open(String baseUrl) {
    try {
      return new Browser(baseUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the application, such as {@code /login.xhtml}. */
  public void go(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Waits until the condition answers something other than null or false. When it never does, the
   * failure names the page the browser was on and leaves a screenshot of it.
   */
  public <T> T await(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, PATIENCE)
          .ignoring(StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      Path shot = screenshot("timeout-" + System.currentTimeMillis());
      throw new TimeoutException(
          "Gave up waiting on " + driver.getCurrentUrl() + " (screenshot " + shot + ")", e);
    }
  }

  /**
   * Waits until PrimeFaces has no request queued or running, after {@code delay}: the time a widget
   * waits before it sends (a table filter's {@code filterDelay}), so that an answer still to come
   * cannot redraw the page after the caller looked at it.
   */
  public void awaitQuietAfter(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    await(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return typeof PrimeFaces === 'undefined'"
                            + " || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      RunningApp.deleteRecursively(profile);
    }
  }

  private static void requireInstalled(Path executable, String debianPackage) {
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          executable
              + " is missing: install Debian's "
              + debianPackage
              + " (.ci/run does) to run the console tests");
    }
  }
}
