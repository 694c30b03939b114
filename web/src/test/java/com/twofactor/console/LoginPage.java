package com.twofactor.console;

import com.twofactor.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The console login page. */
public final class LoginPage {

  private final Browser browser;

  private LoginPage(Browser browser) {
    this.browser = browser;
  }

  public static LoginPage open(Browser browser) {
    browser.go("/login.xhtml");
    browser.await(driver -> driver.findElement(By.id("login:loginName")).isDisplayed());
    return new LoginPage(browser);
  }

  /** Logs in and waits for the home page the console sends the caller to. */
  public ConsolePage logInAs(String loginName, String password) {
    submit(loginName, password);
    return ConsolePage.await(browser);
  }

  /** Logs in to the second step: "Set Up 2FA" or the code challenge. */
  public SecondStepPage logInToSecondStep(String loginName, String password) {
    submit(loginName, password);
    return SecondStepPage.await(browser);
  }

  private void submit(String loginName, String password) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("login:loginName")).sendKeys(loginName);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    browser.await(d -> !d.getCurrentUrl().contains("/login.xhtml"));
  }
}
