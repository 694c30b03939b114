package com.twofactor.console;

import com.twofactor.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** System Settings › Basic › Administrative Access: the system users. */
public final class SystemUserListPage extends ConsolePage {

  private SystemUserListPage(Browser browser) {
    super(browser);
  }

  public static SystemUserListPage await(Browser browser) {
    browser.await(driver -> driver.findElement(By.id("systemUsers:table")).isDisplayed());
    return new SystemUserListPage(browser);
  }

  public List<String> loginNames() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='systemUsers:table_data'] a.login-name"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Creates a system user through the "New system user" dialog; {@code role} is its label. */
  public SystemUserListPage createUser(String loginName, String role, String password) {
    browser.driver().findElement(By.id("systemUsers:new")).click();
    browser.await(driver -> driver.findElement(By.id("newSystemUserForm:loginName")).isDisplayed());
    browser.driver().findElement(By.id("newSystemUserForm:loginName")).sendKeys(loginName);
    choose("newSystemUserForm:role", role);
    browser.driver().findElement(By.id("newSystemUserForm:password")).sendKeys(password);
    submitDialog("newSystemUserForm:create", "newSystemUser");
    return this;
  }

  public SystemUserPage open(String loginName) {
    browser.driver().findElement(By.linkText(loginName)).click();
    return SystemUserPage.await(browser);
  }
}
