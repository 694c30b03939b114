package com.twofactor.console;

import com.twofactor.it.Browser;
import org.openqa.selenium.By;

/** One system user: role, two-factor authentication, password. */
public final class SystemUserPage extends ConsolePage {

  private SystemUserPage(Browser browser) {
    super(browser);
  }

  public static SystemUserPage await(Browser browser) {
    browser.await(driver -> driver.findElement(By.id("systemUser:loginName")).isDisplayed());
    return new SystemUserPage(browser);
  }

  public String role() {
    return browser.driver().findElement(By.id("systemUser:role_label")).getText();
  }

  public SystemUserPage switchTwoFactor() {
    flip("systemUser:twoFactor");
    return this;
  }

  public SystemUserPage save() {
    browser.driver().findElement(By.id("systemUser:save")).click();
    browser.await(driver -> !infoMessages().isEmpty() || !errorMessages().isEmpty());
    return this;
  }
}
