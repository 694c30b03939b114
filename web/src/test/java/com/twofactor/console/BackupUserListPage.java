package com.twofactor.console;

import com.twofactor.it.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Backup / Restore › Users, Groups &amp; Policies › Backup User. */
public final class BackupUserListPage extends ConsolePage {

  /** The table's filterDelay and a little more. */
  private static final Duration FILTER_DELAY = Duration.ofMillis(600);

  private static final By ROWS = By.cssSelector("[id='users:table_data'] > tr");
  private static final By LOGIN_NAME_FILTER = By.id("users:table:loginName:filter");
  private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

  private BackupUserListPage(Browser browser) {
    super(browser);
  }

  public static BackupUserListPage await(Browser browser) {
    browser.await(driver -> driver.findElement(By.id("users:table")).isDisplayed());
    return new BackupUserListPage(browser);
  }

  /** The login names the table shows, top to bottom. */
  public List<String> loginNames() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='users:table_data'] a.login-name"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The cells of one column (0 is the login name) for every row shown. */
  public List<String> column(int index) {
    return browser.await(
        driver ->
            rows().stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getText().strip())
                .toList());
  }

  /** How many users match, across all pages, as the paginator reports it. */
  public long total() {
    String report =
        browser
            .driver()
            .findElement(By.cssSelector("[id='users:table'] .ui-paginator-current"))
            .getText();
    Matcher number = FIRST_NUMBER.matcher(report);
    if (!number.find()) {
      throw new AssertionError("No total in \"" + report + "\"");
    }
    return Long.parseLong(number.group());
  }

  /** The paginator's report: the total, the page shown and how many pages there are. */
  public String pageReport() {
    return browser
        .driver()
        .findElement(By.cssSelector("[id='users:table'] .ui-paginator-current"))
        .getText();
  }

  /** Shows this many users per page (10, 50 or 100) and waits until the table holds no more. */
  public BackupUserListPage showRowsPerPage(int rows) {
    new Select(
            browser
                .driver()
                .findElement(By.cssSelector("[id='users:table'] select.ui-paginator-rpp-options")))
        .selectByVisibleText(Integer.toString(rows));
    browser.await(driver -> !isEmpty() && loginNames().size() <= rows);
    return this;
  }

  public BackupUserListPage nextPage() {
    return turnPage("next");
  }

  public BackupUserListPage previousPage() {
    return turnPage("prev");
  }

  public BackupUserListPage firstPage() {
    return turnPage("first");
  }

  public BackupUserListPage lastPage() {
    return turnPage("last");
  }

  /** Clicks a paginator link (first, prev, next, last) and waits for other users to show. */
  private BackupUserListPage turnPage(String link) {
    List<String> shown = loginNames();
    browser
        .driver()
        .findElement(By.cssSelector("[id='users:table'] .ui-paginator-" + link))
        .click();
    browser.await(driver -> !isEmpty() && !loginNames().equals(shown));
    return this;
  }

  public boolean isEmpty() {
    return !browser
        .driver()
        .findElements(By.cssSelector("[id='users:table_data'] .ui-datatable-empty-message"))
        .isEmpty();
  }

  /** Types into the login name filter and waits until every row shown matches it. */
  public BackupUserListPage filterByLoginName(String text) {
    WebElement filter = browser.driver().findElement(LOGIN_NAME_FILTER);
    filter.clear();
    filter.sendKeys(text);
    browser.awaitQuietAfter(FILTER_DELAY);
    String wanted = text.toLowerCase(Locale.ROOT);
    browser.await(
        driver ->
            isEmpty()
                || loginNames().stream()
                    .allMatch(name -> name.toLowerCase(Locale.ROOT).contains(wanted)));
    return this;
  }

  /** Picks a client type (OBM, ACB) in the client filter and waits until the rows match it. */
  public BackupUserListPage filterByClientType(String clientType) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("users:table:clientTypeFilter")).click();
    browser
        .await(
            d ->
                d.findElement(
                    By.cssSelector(
                        "[id='users:table:clientTypeFilter_items'] li[data-label='"
                            + clientType
                            + "']")))
        .click();
    browser.awaitQuietAfter(FILTER_DELAY);
    browser.await(d -> isEmpty() || column(4).stream().allMatch(c -> c.startsWith(clientType)));
    return this;
  }

  /** Picks a view (General, 2FA) and waits for its columns. */
  public BackupUserListPage showView(String label) {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='users:view']//*[contains(@class,'ui-button')][normalize-space()='"
                    + label
                    + "']"))
        .click();
    boolean twoFactor = "2FA".equals(label);
    browser.await(
        driver ->
            driver
                    .findElements(By.cssSelector("[id='users:table'] th.ui-selection-column"))
                    .isEmpty()
                != twoFactor);
    return this;
  }

  /** Ticks the check box of a user's row in the 2FA view. */
  public BackupUserListPage select(String loginName) {
    WebElement row = rowOf(loginName);
    row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
    browser.await(driver -> "true".equals(rowOf(loginName).getAttribute("aria-selected")));
    return this;
  }

  public boolean twoFactorChangeAllowed() {
    return browser.driver().findElement(By.id("users:twoFactorButton")).isEnabled();
  }

  /**
   * Enable / Disable Two-Factor Authentication for the selected users: opens the dialog, picks
   * Enable or Disable and waits for the result message.
   */
  public BackupUserListPage changeTwoFactor(boolean enable) {
    browser.await(driver -> twoFactorChangeAllowed());
    browser.driver().findElement(By.id("users:twoFactorButton")).click();
    String button = enable ? "users:enableTwoFactor" : "users:disableTwoFactor";
    browser.await(driver -> driver.findElement(By.id(button)).isDisplayed());
    browser.driver().findElement(By.id(button)).click();
    browser.await(driver -> !infoMessages().isEmpty() || !errorMessages().isEmpty());
    return this;
  }

  /** Picks a 2FA state (Disabled, Enabled, Enforced by policy) in the 2FA column's filter. */
  public BackupUserListPage filterByTwoFactor(String state, int column) {
    choose("users:table:twoFactorFilter", state);
    browser.await(d -> isEmpty() || column(column).stream().allMatch(state::equals));
    return this;
  }

  private WebElement rowOf(String loginName) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='users:table_data']/tr[.//a[normalize-space()='" + loginName + "']]"));
  }

  /**
   * Opens the user's profile; a table the last filter's answer redraws meanwhile is looked up
   * again.
   */
  public BackupUserProfilePage openProfile(String loginName) {
    browser.await(
        driver -> {
          try {
            driver.findElement(By.linkText(loginName)).click();
            return true;
          } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return false;
          }
        });
    return BackupUserProfilePage.await(browser);
  }

  public boolean newUserAllowed() {
    return browser.driver().findElement(By.id("users:new")).isEnabled();
  }

  /** Fills and sends the "New backup user" dialog; waits until it closes. */
  public BackupUserListPage createUser(String loginName, String alias, String password) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("users:new")).click();
    browser.await(d -> d.findElement(By.id("newUserForm:loginName")).isDisplayed());
    driver.findElement(By.id("newUserForm:loginName")).sendKeys(loginName);
    driver.findElement(By.id("newUserForm:alias")).sendKeys(alias);
    driver.findElement(By.id("newUserForm:password")).sendKeys(password);
    submitDialog("newUserForm:create", "newUser");
    return this;
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(ROWS);
  }
}
