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

  public MyDevicesPage openMyDevices() {
    openMenu("myDevices");
    return MyDevicesPage.await(browser);
  }

  /** Logs out and waits for the login page. */
  public LoginPage logOut() {
    browser.driver().findElement(By.id("header:logout")).click();
    browser.await(driver -> !driver.findElements(By.id("login:loginName")).isEmpty());
    return LoginPage.open(browser);
  }

  public List<String> infoMessages() {
    return texts(".ui-messages-info-summary");
  }

  public List<String> errorMessages() {
    return texts(".ui-messages-error-summary");
  }

  /** Picks an option of a PrimeFaces select menu by its label. */
  protected void choose(String selectId, String label) {
    browser.driver().findElement(By.id(selectId)).click();
    browser
        .await(
            driver ->
                driver.findElement(
                    By.cssSelector("[id='" + selectId + "_items'] li[data-label='" + label + "']")))
        .click();
    browser.await(driver -> driver.findElement(By.id(selectId + "_label")).getText().equals(label));
  }

  /** Flips a PrimeFaces toggle switch or check box and waits until it shows the flip. */
  protected void flip(String id) {
    WebElement input = browser.driver().findElement(By.id(id + "_input"));
    boolean before = input.isSelected();
    WebElement widget = browser.driver().findElement(By.id(id));
    List<WebElement> box = widget.findElements(By.cssSelector(".ui-chkbox-box"));
    (box.isEmpty() ? widget : box.get(0)).click();
    browser.await(driver -> driver.findElement(By.id(id + "_input")).isSelected() != before);
  }

  protected boolean isOn(String id) {
    return browser.driver().findElement(By.id(id + "_input")).isSelected();
  }

  /**
   * Answers the step-up dialog ("Confirm it is you") with a device or recovery code, or the
   * password, and waits until it closes; the action it held then runs.
   */
  public void stepUp(String codeOrPassword) {
    WebElement field =
        browser.await(
            driver -> {
              List<WebElement> fields =
                  driver.findElements(
                      By.cssSelector("[id$=':stepUpCode'], [id$=':stepUpPassword']"));
              return fields.isEmpty() || !fields.get(0).isDisplayed() ? null : fields.get(0);
            });
    field.sendKeys(codeOrPassword);
    browser.driver().findElement(By.cssSelector("[id$=':stepUpConfirm']")).click();
    browser.await(
        driver ->
            driver.findElements(By.cssSelector("[id$=':stepUpConfirm']")).stream()
                .noneMatch(WebElement::isDisplayed));
  }

  /** Sends a dialog's form and waits until the dialog closes. */
  protected void submitDialog(String buttonId, String dialogId) {
    browser.driver().findElement(By.id(buttonId)).click();
    browser.await(driver -> !driver.findElement(By.id(dialogId)).isDisplayed());
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
      case "serviceAccounts" -> "/admin/users/service-accounts";
      case "account" -> "/account/index";
      case "myDevices" -> "/account/devices";
      default -> throw new IllegalArgumentException("No menu entry " + entryId);
    };
  }
}
