package com.twofactor.console;

import com.twofactor.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** My account › My 2FA devices. */
public final class MyDevicesPage extends ConsolePage {

  private MyDevicesPage(Browser browser) {
    super(browser);
  }

  public static MyDevicesPage await(Browser browser) {
    browser.await(driver -> driver.findElement(By.id("devices:table")).isDisplayed());
    return new MyDevicesPage(browser);
  }

  /** The device names shown, as their name fields hold them. */
  public List<String> deviceNames() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='devices:table_data'] input[id$=':name']"))
        .stream()
        .map(input -> input.getAttribute("value"))
        .toList();
  }

  /** The cells of one column (0 is the name) for every device shown. */
  public List<String> column(int index) {
    return browser.driver().findElements(By.cssSelector("[id='devices:table_data'] > tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .filter(cells -> cells.size() > index)
        .map(cells -> cells.get(index).getText().strip())
        .toList();
  }

  /** "Add a device": waits for the QR code. */
  public MyDevicesPage beginPairing() {
    browser.driver().findElement(By.id("devices:beginPairing")).click();
    browser.await(driver -> driver.findElement(By.id("devices:offer:qr")).isDisplayed());
    return this;
  }

  /** "Add a device" when the step-up dialog asks first: answers it, then waits for the QR code. */
  public MyDevicesPage beginPairingAfterStepUp(String codeOrPassword) {
    browser.driver().findElement(By.id("devices:beginPairing")).click();
    stepUp(codeOrPassword);
    browser.await(driver -> driver.findElement(By.id("devices:offer:qr")).isDisplayed());
    return this;
  }

  /** "Add a device" with the branded app, after the step-up dialog: waits for its QR code. */
  public MyDevicesPage beginMobilePairingAfterStepUp(String codeOrPassword) {
    browser.driver().findElement(By.id("devices:beginPairing")).click();
    stepUp(codeOrPassword);
    browser.await(driver -> driver.findElement(By.id("devices:offer:pairingQr")).isDisplayed());
    return this;
  }

  /** The branded app's QR code, as a data URI. */
  public String mobileQrSource() {
    return browser.driver().findElement(By.id("devices:offer:pairingQr")).getAttribute("src");
  }

  /** Waits, without touching the page, until it says the app paired. */
  public MyDevicesPage awaitPairedByTheApp() {
    browser.await(driver -> infoMessages().contains("Device paired."));
    return this;
  }

  /** How many unused recovery codes the page says are left. */
  public String recoveryCodesLeft() {
    return browser.driver().findElement(By.id("recoveryCodesLeft")).getText();
  }

  public String qrSource() {
    return browser.driver().findElement(By.id("devices:offer:qr")).getAttribute("src");
  }

  public String offerText() {
    return browser.driver().findElement(By.id("devices:offer:panel")).getText();
  }

  /** Pairs with the code and name; waits until the device is in the list. */
  public MyDevicesPage pair(String code, String deviceName) {
    browser.driver().findElement(By.id("devices:offer:pairingCode")).sendKeys(code);
    browser.driver().findElement(By.id("devices:offer:deviceName")).sendKeys(deviceName);
    browser.driver().findElement(By.id("devices:offer:confirm")).click();
    browser.await(driver -> deviceNames().contains(deviceName));
    return this;
  }

  /** Renames the device shown in row {@code row} and waits for the confirmation. */
  public MyDevicesPage rename(int row, String name) {
    WebElement field = browser.driver().findElement(By.id("devices:table:" + row + ":name"));
    field.clear();
    field.sendKeys(name);
    browser.driver().findElement(By.id("devices:table:" + row + ":rename")).click();
    browser.await(driver -> infoMessages().contains("Device renamed."));
    return this;
  }

  /** Removes the device of row {@code row}, accepting the confirmation. */
  public MyDevicesPage remove(int row) {
    browser.driver().findElement(By.id("devices:table:" + row + ":remove")).click();
    browser
        .await(
            driver -> {
              WebElement yes = driver.findElement(By.cssSelector(".ui-confirmdialog-yes"));
              return yes.isDisplayed() ? yes : null;
            })
        .click();
    browser.await(driver -> infoMessages().contains("Device removed."));
    return this;
  }
}
