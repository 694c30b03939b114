package com.twofactor.console;

import com.twofactor.it.Browser;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** System Settings › Basic › Two-Factor Authentication (2FA). */
public final class SettingsPage extends ConsolePage {

  private static final String MOBILE = "settings:tabs:mobileAuthentication";
  private static final String APP = "settings:tabs:authenticatorApp";
  private static final String REQUIRE_FOR_SYSTEM_USERS = "settings:tabs:requireForSystemUsers";
  private static final String TWILIO = "settings:tabs:twilio";
  private static final String TWILIO_ON = "settings:tabs:twilioOn";

  private SettingsPage(Browser browser) {
    super(browser);
  }

  public static SettingsPage open(Browser browser) {
    browser.go("/admin/settings/basic.xhtml");
    browser.await(driver -> driver.findElement(By.id(MOBILE)).isDisplayed());
    return new SettingsPage(browser);
  }

  /** The page already shown, as it is. */
  public static SettingsPage current(Browser browser) {
    return new SettingsPage(browser);
  }

  public boolean mobileAuthentication() {
    return isOn(MOBILE);
  }

  /** Flips Mobile Authentication; switching it on asks to confirm, and this accepts. */
  public SettingsPage switchMobileAuthentication() {
    boolean wasOn = mobileAuthentication();
    flip(MOBILE);
    if (!wasOn) {
      WebElement ok =
          browser.await(
              driver -> {
                WebElement button =
                    driver.findElement(By.id("settings:tabs:confirmMobileAuthentication"));
                return button.isDisplayed() ? button : null;
              });
      ok.click();
      browser.await(
          driver ->
              !driver
                  .findElement(By.id("settings:tabs:mobileAuthenticationConfirm"))
                  .isDisplayed());
    }
    return this;
  }

  /**
   * Switches Mobile Authentication on and returns the popup's text when the console asked to
   * confirm: the popup is given a second to show, then left with Cancel, which switches it off
   * again. Empty when no popup showed (Mobile Authentication then stays on, unsaved).
   */
  public Optional<String> switchMobileAuthenticationOnSeeingPopup() {
    flip(MOBILE);
    browser.awaitQuietAfter(Duration.ofSeconds(1));
    WebElement popup =
        browser.driver().findElement(By.id("settings:tabs:mobileAuthenticationConfirm"));
    if (!popup.isDisplayed()) {
      return Optional.empty();
    }
    String text = popup.getText();
    browser.driver().findElement(By.id("settings:tabs:cancelMobileAuthentication")).click();
    browser.await(driver -> !popup.isDisplayed() && !mobileAuthentication());
    return Optional.of(text);
  }

  /**
   * Flips Mobile Authentication on while Twilio is on: the warning that Twilio will be deleted
   * opens; returns its text.
   */
  public String switchMobileAuthenticationOnOverTwilio() {
    flip(MOBILE);
    return shownText("settings:tabs:twilioRemovalConfirm");
  }

  /** The warning's Cancel: Mobile Authentication is off again. */
  public SettingsPage cancelTwilioRemoval() {
    browser.driver().findElement(By.id("settings:tabs:cancelTwilioRemoval")).click();
    awaitHidden("settings:tabs:twilioRemovalConfirm");
    browser.await(driver -> !mobileAuthentication());
    return this;
  }

  /** The warning's Confirm: Mobile Authentication stays on, for the next Save. */
  public SettingsPage confirmTwilioRemoval() {
    browser.driver().findElement(By.id("settings:tabs:confirmTwilioRemovalButton")).click();
    awaitHidden("settings:tabs:twilioRemovalConfirm");
    return this;
  }

  /** Flips "Twilio Credentials Verification" off: its warning opens; returns its text. */
  public String switchTwilioOff() {
    flip(TWILIO_ON);
    return shownText("settings:tabs:twilioOffConfirm");
  }

  /** The warning's Cancel: Twilio is on again. */
  public SettingsPage cancelTwilioOff() {
    browser.driver().findElement(By.id("settings:tabs:cancelTwilioOff")).click();
    awaitHidden("settings:tabs:twilioOffConfirm");
    browser.await(driver -> isOn(TWILIO_ON));
    return this;
  }

  /** The warning's Confirm: Twilio is deleted and the page shown again without its section. */
  public SettingsPage confirmTwilioOff() {
    browser.driver().findElement(By.id("settings:tabs:confirmTwilioOff")).click();
    browser.await(driver -> !hasTwilioSection());
    return this;
  }

  public boolean hasTwilioSection() {
    return !browser.driver().findElements(By.id(TWILIO)).isEmpty();
  }

  private String shownText(String dialogId) {
    return browser.await(
        driver -> {
          WebElement dialog = driver.findElement(By.id(dialogId));
          return dialog.isDisplayed() ? dialog.getText() : null;
        });
  }

  private void awaitHidden(String dialogId) {
    browser.await(driver -> !driver.findElement(By.id(dialogId)).isDisplayed());
  }

  /** Flips "Require Two-Factor Authentication for system users logon". */
  public SettingsPage switchRequireForSystemUsers() {
    flip(REQUIRE_FOR_SYSTEM_USERS);
    return this;
  }

  /** Picks an authenticator app by its label, such as "Google Authenticator". */
  public SettingsPage chooseApp(String label) {
    browser
        .driver()
        .findElement(By.xpath("//*[@id='" + APP + "']//label[normalize-space()='" + label + "']"))
        .click();
    browser.await(driver -> label.equals(chosenApp()));
    return this;
  }

  /** The label of the chosen authenticator app. */
  public String chosenApp() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='" + APP + "'] input[type=radio]"))
        .stream()
        .filter(WebElement::isSelected)
        .map(
            input ->
                browser
                    .driver()
                    .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                    .getText()
                    .strip())
        .findFirst()
        .orElse("");
  }

  public String text() {
    return browser.driver().findElement(By.id("settings")).getText();
  }

  /** "Customize" of the branded app: types its display name and confirms the dialog. */
  public SettingsPage customizeBrandedApp(String name) {
    browser.driver().findElement(By.id("settings:tabs:customizeBrandedApp")).click();
    WebElement field =
        browser.await(
            driver -> {
              WebElement input = driver.findElement(By.id("settings:tabs:brandedAppName"));
              return input.isDisplayed() ? input : null;
            });
    field.clear();
    field.sendKeys(name);
    submitDialog("settings:tabs:brandedAppDone", "settings:tabs:brandedAppDialog");
    browser.await(
        driver ->
            name.equals(
                driver.findElement(By.id("settings:tabs:brandedAppDisplayName")).getText()));
    return this;
  }

  /** Test of the host registration: waits for its result and returns it. */
  public String testHost() {
    browser.driver().findElement(By.id("settings:tabs:testHost")).click();
    return browser.await(
        driver ->
            driver.findElements(By.id("settings:tabs:testMessage")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse(null));
  }

  public SettingsPage save() {
    browser.driver().findElement(By.id("settings:save")).click();
    browser.await(driver -> !infoMessages().isEmpty() || !errorMessages().isEmpty());
    return this;
  }
}
