package com.twofactor.console;

import com.twofactor.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The second step of a console login: "Set Up 2FA" (pairing, skip) or the code challenge. */
public final class SecondStepPage {

  private final Browser browser;

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
    return leave();
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
