package com.twofactor.console;

import com.twofactor.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The second step of a console login: "Set Up 2FA" (pairing, skip) or the code challenge. */
public final class SecondStepPage {

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
    browser.await(driver -> driver.findElement(By.id("secondStep:qr")).isDisplayed());
    return this;
  }

  public String qrSource() {
    return browser.driver().findElement(By.id("secondStep:qr")).getAttribute("src");
  }

  public String manualKey() {
    return browser.driver().findElement(By.id("manualKey")).getText();
  }

  /** Types the code and the device name, pairs, and waits for the page the login leads to. */
  public ConsolePage pair(String code, String deviceName) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("secondStep:pairingCode")).sendKeys(code);
    driver.findElement(By.id("secondStep:deviceName")).sendKeys(deviceName);
    driver.findElement(By.id("secondStep:confirmPairing")).click();
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
