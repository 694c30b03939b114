package com.twofactor.console;

import com.twofactor.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One policy group: its name and "Require Two-Factor Authentication for user logon". */
public final class PolicyGroupPage extends ConsolePage {

  private PolicyGroupPage(Browser browser) {
    super(browser);
  }

  public static PolicyGroupPage await(Browser browser) {
    browser.await(driver -> driver.findElement(By.id("group:name")).isDisplayed());
    return new PolicyGroupPage(browser);
  }

  public String name() {
    return browser.driver().findElement(By.id("group:name")).getAttribute("value");
  }

  public boolean requiresTwoFactor() {
    return isOn("group:requireTwoFactor");
  }

  public PolicyGroupPage rename(String newName) {
    WebElement name = browser.driver().findElement(By.id("group:name"));
    name.clear();
    name.sendKeys(newName);
    return this;
  }

  public PolicyGroupPage switchTwoFactorRequirement() {
    flip("group:requireTwoFactor");
    return this;
  }

  /** Saves and waits for the page (reloaded after a rename) to say so. */
  public PolicyGroupPage save() {
    browser.driver().findElement(By.id("group:save")).click();
    browser.await(driver -> !infoMessages().isEmpty() || !errorMessages().isEmpty());
    return await(browser);
  }
}
