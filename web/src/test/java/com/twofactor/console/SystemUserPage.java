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

  /** Opens the page by its address, as a bookmark would. */
  public static SystemUserPage open(Browser browser, String loginName) {
    browser.go("/admin/users/system-user.xhtml?loginName=" + loginName);
    return await(browser);
  }

  /** "Enabled" or "Disabled": whether the account may log in. */
  public String accountState() {
    return browser.driver().findElement(By.id("systemUser:accountState")).getText();
  }

  public boolean disableAllowed() {
    return browser.driver().findElement(By.id("systemUser:disableAccount")).isEnabled();
  }

  /** "Disable account", accepting the confirmation; waits until the page shows it disabled. */
  public SystemUserPage disableAccount() {
    browser.driver().findElement(By.id("systemUser:disableAccount")).click();
    browser
        .await(
            driver -> {
              var yes = driver.findElement(By.cssSelector(".ui-confirmdialog-yes"));
              return yes.isDisplayed() ? yes : null;
            })
        .click();
    browser.await(driver -> "Disabled".equals(accountState()) || !errorMessages().isEmpty());
    return this;
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
