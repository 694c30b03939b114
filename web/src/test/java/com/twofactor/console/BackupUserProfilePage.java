package com.twofactor.console;

import com.twofactor.it.Browser;
import org.openqa.selenium.By;

/** The User Profile of one backup user. */
public final class BackupUserProfilePage extends ConsolePage {

  private BackupUserProfilePage(Browser browser) {
    super(browser);
  }

  public static BackupUserProfilePage await(Browser browser) {
    browser.await(driver -> driver.findElement(By.id("profile")).isDisplayed());
    return new BackupUserProfilePage(browser);
  }

  /** Opens the profile by its address, as a bookmark would. */
  public static BackupUserProfilePage open(Browser browser, String loginName) {
    browser.go("/admin/users/backup-user.xhtml?loginName=" + loginName);
    return await(browser);
  }

  public boolean shown() {
    return !browser.driver().findElements(By.id("profile:details")).isEmpty();
  }

  public String loginName() {
    return browser.driver().findElement(By.id("profile:loginName")).getText();
  }

  public String client() {
    return browser.driver().findElement(By.id("profile:client")).getText();
  }

  public boolean twoFactorEnabled() {
    return isOn("profile:twoFactor");
  }

  public boolean twoFactorChangeable() {
    return browser.driver().findElement(By.id("profile:twoFactor_input")).isEnabled();
  }

  public boolean saveAllowed() {
    return browser.driver().findElement(By.id("profile:save")).isEnabled();
  }

  public BackupUserProfilePage switchTwoFactor() {
    flip("profile:twoFactor");
    return this;
  }

  /** Saves and waits for the page to say so (or why not). */
  public BackupUserProfilePage save() {
    browser.driver().findElement(By.id("profile:save")).click();
    browser.await(driver -> !infoMessages().isEmpty() || !errorMessages().isEmpty());
    return this;
  }

  public BackupUserListPage backToList() {
    browser.driver().findElement(By.id("profile:back")).click();
    return BackupUserListPage.await(browser);
  }

  /** The names of the paired devices in the Authentication section. */
  public java.util.List<String> deviceNames() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='profile:deviceTable_data'] .device-name"))
        .stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  public boolean resetAllowed() {
    return browser.driver().findElement(By.id("profile:resetAll")).isEnabled();
  }

  /** "Reset all devices", accepting the confirmation; waits for the result message. */
  /** "Reset all devices", confirmed, then the step-up dialog answered with {@code proof}. */
  public BackupUserProfilePage resetAllDevicesAfterStepUp(String proof) {
    browser.driver().findElement(By.id("profile:resetAll")).click();
    browser
        .await(
            driver -> {
              var yes = driver.findElement(By.cssSelector(".ui-confirmdialog-yes"));
              return yes.isDisplayed() ? yes : null;
            })
        .click();
    stepUp(proof);
    browser.await(driver -> !infoMessages().isEmpty() || !errorMessages().isEmpty());
    return this;
  }

  public BackupUserProfilePage resetAllDevices() {
    browser.driver().findElement(By.id("profile:resetAll")).click();
    browser
        .await(
            driver -> {
              var yes = driver.findElement(By.cssSelector(".ui-confirmdialog-yes"));
              return yes.isDisplayed() ? yes : null;
            })
        .click();
    browser.await(driver -> !infoMessages().isEmpty() || !errorMessages().isEmpty());
    return this;
  }

  /** "Enabled" or "Disabled": whether the account may log in. */
  public String accountState() {
    return browser.driver().findElement(By.id("profile:accountState")).getText();
  }

  /** "Disable account", accepting the confirmation; waits until the page shows it disabled. */
  public BackupUserProfilePage disableAccount() {
    browser.driver().findElement(By.id("profile:disableAccount")).click();
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

  public BackupUserProfilePage enableAccount() {
    browser.driver().findElement(By.id("profile:enableAccount")).click();
    browser.await(driver -> "Enabled".equals(accountState()) || !errorMessages().isEmpty());
    return this;
  }
}
