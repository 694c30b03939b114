package com.twofactor.console;

import com.twofactor.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The second step of a console login: "Set Up 2FA" (pairing, skip) or the code challenge. */
public final class SecondStepPage {

  /** The pairing QR code's countdown, a plain paragraph of the pairing offer. */
  private static final By COUNTDOWN = By.cssSelector("[id='secondStep:offer:panel'] #countdown");

  private final Browser browser;
  private List<String> recoveryCodes = List.of();

  private SecondStepPage(Browser browser) {
    this.browser = browser;
  }

  public static SecondStepPage await(Browser browser) {
    browser.await(driver -> driver.getCurrentUrl().contains("/second-step.xhtml"));
    browser.await(driver -> driver.findElement(By.id("secondStep")).isDisplayed());
    return new SecondStepPage(browser);
  }

  public String text() {
    return browser.driver().findElement(By.id("secondStep")).getText();
  }

  public boolean asksForSetUp() {
    return !browser.driver().findElements(By.id("secondStep:beginPairing")).isEmpty();
  }

  public boolean asksForCode() {
    return !browser.driver().findElements(By.id("secondStep:verify")).isEmpty();
  }

  /** "Pair an authenticator app": waits for the QR code and the manual key. */
  public SecondStepPage beginPairing() {
    browser.driver().findElement(By.id("secondStep:beginPairing")).click();
    browser.await(driver -> driver.findElement(By.id("secondStep:offer:qr")).isDisplayed());
    return this;
  }

  public String qrSource() {
    return browser.driver().findElement(By.id("secondStep:offer:qr")).getAttribute("src");
  }

  public String manualKey() {
    return browser.driver().findElement(By.id("manualKey")).getText();
  }

  /** Types the code and the device name, pairs, and waits for the page the login leads to. */
  public ConsolePage pair(String code, String deviceName) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("secondStep:offer:pairingCode")).sendKeys(code);
    driver.findElement(By.id("secondStep:offer:deviceName")).sendKeys(deviceName);
    driver.findElement(By.id("secondStep:offer:confirm")).click();
    browser.await(
        d ->
            !d.getCurrentUrl().contains("/second-step.xhtml")
                || !d.findElements(By.id("secondStep:continue")).isEmpty());
    if (!driver.findElements(By.id("secondStep:continue")).isEmpty()) {
      recoveryCodes =
          driver.findElements(By.cssSelector("[id='secondStep:recoveryCodes'] li code")).stream()
              .map(WebElement::getText)
              .toList();
      driver.findElement(By.id("secondStep:continue")).click();
    }
    return leave();
  }

  /** "Pair the mobile app": waits for the branded app's QR code. */
  public SecondStepPage beginMobilePairing() {
    browser.driver().findElement(By.id("secondStep:beginPairing")).click();
    browser.await(driver -> driver.findElement(By.id("secondStep:offer:pairingQr")).isDisplayed());
    return this;
  }

  /** The branded app's QR code, as a data URI. */
  public String mobileQrSource() {
    return browser.driver().findElement(By.id("secondStep:offer:pairingQr")).getAttribute("src");
  }

  /** The seconds the branded app's QR code is still valid for, as the page's countdown says. */
  public long secondsLeft() {
    String countdown = browser.driver().findElement(COUNTDOWN).getText();
    return Long.parseLong(countdown.replaceAll("\\D+", ""));
  }

  /** Waits until the page's countdown shows fewer seconds left than {@code seconds}. */
  public long awaitCountdownBelow(long seconds) {
    return browser.await(
        driver -> {
          List<WebElement> countdown = driver.findElements(COUNTDOWN);
          if (countdown.isEmpty()) {
            return null;
          }
          long left = Long.parseLong(countdown.get(0).getText().replaceAll("\\D+", ""));
          return left < seconds ? left : null;
        });
  }

  /**
   * Waits, without touching the page, until the QR code expired: the page then says so and offers a
   * new one. Returns what the page says.
   */
  public String awaitQrExpired() {
    browser.await(driver -> !driver.findElements(By.id("secondStep:offer:renew")).isEmpty());
    return browser.driver().findElement(By.id("secondStep:offer:expired")).getText();
  }

  public boolean showsQr() {
    return !browser.driver().findElements(By.id("secondStep:offer:pairingQr")).isEmpty();
  }

  /** "Show a new QR code" once the last one expired (no QR code shown): waits for the new one. */
  public SecondStepPage renewQr() {
    browser.driver().findElement(By.id("secondStep:offer:renew")).click();
    browser.await(driver -> driver.findElement(By.id("secondStep:offer:pairingQr")).isDisplayed());
    return this;
  }

  /**
   * Waits, without touching the page, until it continues by itself (the app paired): notes the
   * recovery codes if shown and goes on.
   */
  public ConsolePage awaitPairedByTheApp() {
    WebDriver driver = browser.driver();
    browser.await(
        d ->
            !d.getCurrentUrl().contains("/second-step.xhtml")
                || !d.findElements(By.id("secondStep:continue")).isEmpty());
    if (!driver.findElements(By.id("secondStep:continue")).isEmpty()) {
      recoveryCodes =
          driver.findElements(By.cssSelector("[id='secondStep:recoveryCodes'] li code")).stream()
              .map(WebElement::getText)
              .toList();
      driver.findElement(By.id("secondStep:continue")).click();
    }
    return leave();
  }

  public boolean offersPush() {
    return !browser.driver().findElements(By.id("secondStep:sendPush")).isEmpty();
  }

  /** Sends a push request and returns the number the page shows. */
  public String sendPush() {
    browser.driver().findElement(By.id("secondStep:sendPush")).click();
    return browser.await(
        driver -> {
          List<WebElement> number = driver.findElements(By.id("numberMatch"));
          return number.isEmpty() || number.get(0).getText().isBlank()
              ? null
              : number.get(0).getText().strip();
        });
  }

  /** Waits until the page moves on by itself (the app approved). */
  public ConsolePage awaitApproved() {
    return leave();
  }

  /** Waits until the page says the login was denied on the phone. */
  public String awaitDenied() {
    return browser.await(
        driver -> {
          List<WebElement> denied = driver.findElements(By.id("secondStep:pushDenied"));
          return denied.isEmpty() ? null : denied.get(0).getText();
        });
  }

  /** "Authenticate with one-time password", then the app's code. */
  public ConsolePage verifyWithOneTimePassword(String code) {
    browser.driver().findElement(By.id("useCode")).click();
    browser.await(d -> d.findElement(By.id("secondStep:code")).isDisplayed());
    return verify(code);
  }

  /** The recovery codes shown after the pairing, before the login went on. */
  public List<String> recoveryCodes() {
    return recoveryCodes;
  }

  /** A refused recovery code: sends it and waits for the page to say why. */
  public SecondStepPage typeRecoveryCode(String code) {
    sendRecoveryCode(code);
    browser.await(driver -> !errorMessages().isEmpty());
    return this;
  }

  /** A recovery code that ends the login: waits for the page it leads to. */
  public ConsolePage useRecoveryCode(String code) {
    sendRecoveryCode(code);
    return leave();
  }

  /** "Use a recovery code": opens the field, types the code, and sends it. */
  private void sendRecoveryCode(String code) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("useRecoveryCode")).click();
    browser.await(d -> d.findElement(By.id("secondStep:recoveryCode")).isDisplayed());
    WebElement field = driver.findElement(By.id("secondStep:recoveryCode"));
    field.clear();
    field.sendKeys(code);
    driver.findElement(By.id("secondStep:verifyRecoveryCode")).click();
  }

  /** The error messages shown. */
  public List<String> errorMessages() {
    return browser.driver().findElements(By.cssSelector(".ui-messages-error-summary")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public ConsolePage verify(String code) {
    browser.driver().findElement(By.id("secondStep:code")).sendKeys(code);
    browser.driver().findElement(By.id("secondStep:verify")).click();
    return leave();
  }

  /** Ticks "Do not show this message again" if asked, then Skip. */
  public ConsolePage skip(boolean doNotShowAgain) {
    WebElement box = browser.driver().findElement(By.id("secondStep:doNotShowAgain_input"));
    if (box.isSelected() != doNotShowAgain) {
      browser
          .driver()
          .findElement(By.cssSelector("[id='secondStep:doNotShowAgain'] .ui-chkbox-box"))
          .click();
      browser.await(
          driver ->
              driver.findElement(By.id("secondStep:doNotShowAgain_input")).isSelected()
                  == doNotShowAgain);
    }
    browser.driver().findElement(By.id("secondStep:skip")).click();
    return leave();
  }

  private ConsolePage leave() {
    browser.await(driver -> !driver.getCurrentUrl().contains("/second-step.xhtml"));
    return ConsolePage.await(browser);
  }
}
