package com.twofactor.console;

import com.twofactor.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Any page of the console: its title, menu, notices and messages. */
public class ConsolePage {

  protected final Browser browser;

  protected ConsolePage(Browser browser) {
    this.browser = browser;
  }

  /** The page the browser shows, once its title is there. */
  public static ConsolePage await(Browser browser) {
    browser.await(driver -> driver.findElement(By.cssSelector("h1.page-title")).isDisplayed());
    return new ConsolePage(browser);
  }

  public String title() {
    return browser.driver().findElement(By.cssSelector("h1.page-title")).getText();
  }

  public String text() {
    return browser.driver().findElement(By.cssSelector(".layout-content")).getText();
  }

  public boolean readOnlyNoticeShown() {
    return !browser.driver().findElements(By.id("readOnlyNotice")).isEmpty();
  }

  /** The menu entries shown, by their labels. */
  public List<String> menuEntries() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='menu'] a.ui-menuitem-link[href*='.xhtml']"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Follows a menu entry (its id in the template) and waits for the next page. */
  public ConsolePage openMenu(String entryId) {
    browser.driver().findElement(By.id("menu:" + entryId)).click();
    browser.await(driver -> driver.getCurrentUrl().contains(pathOf(entryId)));
    return ConsolePage.await(browser);
  }

  public BackupUserListPage openBackupUsers() {
    openMenu("backupUsers");
    return BackupUserListPage.await(browser);
  }

  public List<String> infoMessages() {
    return texts(".ui-messages-info-summary");
  }

  public List<String> errorMessages() {
    return texts(".ui-messages-error-summary");
  }

  private List<String> texts(String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String pathOf(String entryId) {
    return switch (entryId) {
      case "dashboard" -> "/admin/monitoring/dashboard";
      case "backupUsers" -> "/admin/users/backup-users";
      case "policyGroups" -> "/admin/policy/policy-groups";
      case "systemUsers" -> "/admin/users/system-users";
      case "account" -> "/account/index";
      default -> throw new IllegalArgumentException("No menu entry " + entryId);
    };
  }
}
