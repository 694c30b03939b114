package com.twofactor.console;

import com.twofactor.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Backup / Restore › Users, Groups &amp; Policies › Policy Group. */
public final class PolicyGroupListPage extends ConsolePage {

  private PolicyGroupListPage(Browser browser) {
    super(browser);
  }

  public static PolicyGroupListPage await(Browser browser) {
    browser.await(driver -> driver.findElement(By.id("groups:table")).isDisplayed());
    return new PolicyGroupListPage(browser);
  }

  public List<String> names() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='groups:table_data'] a.group-name"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  public boolean newGroupAllowed() {
    return browser.driver().findElement(By.id("groups:new")).isEnabled();
  }

  /** Creates a group through the "New policy group" dialog. */
  public PolicyGroupListPage createGroup(String name, boolean requireTwoFactor) {
    browser.driver().findElement(By.id("groups:new")).click();
    browser.await(driver -> driver.findElement(By.id("newGroupForm:name")).isDisplayed());
    browser.driver().findElement(By.id("newGroupForm:name")).sendKeys(name);
    if (requireTwoFactor) {
      flip("newGroupForm:requireTwoFactor");
    }
    submitDialog("newGroupForm:create", "newGroup");
    browser.await(driver -> names().contains(name));
    return this;
  }

  public PolicyGroupPage open(String name) {
    browser.driver().findElement(By.linkText(name)).click();
    return PolicyGroupPage.await(browser);
  }
}
