package com.twofactor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.Browser;
import com.twofactor.it.RunningApp;
import jakarta.json.Json;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Backup User list's 2FA view in Chromium: columns, filter, paging and the bulk change. */
@ExtendWith(RunningApp.class)
class BackupUsersTwoFactorConsoleIT {

  private static final String PASSWORD = "bulk-Password-1";
  private static final int TWO_FACTOR_COLUMN = 4;
  private static final int LEGACY_COLUMN = 6;

  private final Api api = new Api(RunningApp.baseUrl());

  @Test
  void adminEnablesTwoFactorForTwoSelectedUsers() {
    String prefix = Api.uniqueName("bulk");
    List<String> names = List.of(prefix + "-anna", prefix + "-bert", prefix + "-carl");
    names.forEach(name -> api.createBackupUser(name, PASSWORD, false));
    connectFromBackupClient(names.get(2), "8.3.0.0");

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      BackupUserListPage list = twoFactorView(browser, prefix);
      assertThat(list.loginNames()).containsExactlyElementsOf(names);
      assertThat(list.column(TWO_FACTOR_COLUMN)).containsOnly("Disabled");
      assertThat(list.column(LEGACY_COLUMN)).containsExactly("", "", "Yes");
      assertThat(list.twoFactorChangeAllowed()).isFalse();

      list.select(names.get(0)).select(names.get(1));
      assertThat(list.twoFactorChangeAllowed()).isTrue();
      browser.screenshot("bulk-1-two-selected");

      list.changeTwoFactor(true);
      assertThat(list.errorMessages()).isEmpty();
      assertThat(list.infoMessages()).contains("2 users changed; 0 not found.");
      browser.await(driver -> list.column(TWO_FACTOR_COLUMN).contains("Enabled"));
      assertThat(list.column(TWO_FACTOR_COLUMN)).containsExactly("Enabled", "Enabled", "Disabled");
      browser.screenshot("bulk-2-enabled");

      list.filterByTwoFactor("Enabled", TWO_FACTOR_COLUMN);
      assertThat(list.loginNames()).containsExactly(names.get(0), names.get(1));
      browser.screenshot("bulk-3-filtered-by-2fa");
    }
    String admin = api.adminToken();
    assertThat(twoFactorEnabled(names.get(0), admin)).isTrue();
    assertThat(twoFactorEnabled(names.get(1), admin)).isTrue();
    assertThat(twoFactorEnabled(names.get(2), admin)).isFalse();
  }

  /**
   * 23 users at 10 a page: Next, Previous, Last and First each show the right users (the list reads
   * them by keyset), and a 2FA filter starts again at its first page with its own total.
   */
  @Test
  void adminPagesThroughTheTwoFactorView() {
    String prefix = Api.uniqueName("pages");
    List<String> names =
        IntStream.rangeClosed(1, 23).mapToObj(i -> prefix + "-u%02d".formatted(i)).toList();
    for (int i = 0; i < names.size(); i++) {
      api.createBackupUser(names.get(i), PASSWORD, i < 5);
    }

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      BackupUserListPage list = twoFactorView(browser, prefix).showRowsPerPage(10);
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(0, 10));
      assertThat(list.pageReport()).isEqualTo("23 backup users, page 1 of 3");

      list.nextPage();
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(10, 20));
      assertThat(list.pageReport()).isEqualTo("23 backup users, page 2 of 3");
      list.previousPage();
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(0, 10));
      list.lastPage();
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(20, 23));
      assertThat(list.pageReport()).isEqualTo("23 backup users, page 3 of 3");
      browser.screenshot("pages-1-last");
      list.previousPage();
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(10, 20));
      list.firstPage();
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(0, 10));

      list.nextPage();
      list.filterByTwoFactor("Disabled", TWO_FACTOR_COLUMN);
      browser.await(driver -> list.pageReport().equals("18 backup users, page 1 of 2"));
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(5, 15));
      list.nextPage();
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(15, 23));
      browser.screenshot("pages-2-disabled-page-2");
    }
  }

  /**
   * 65 users at 50 a page, on the second page: 10 a page then shows the users from the 51st on (a
   * position no keyset move reaches, read by offset) with the total counted before.
   */
  @Test
  void fewerRowsPerPageDeepInTheListShowTheUsersFromThere() {
    String prefix = Api.uniqueName("rpp");
    List<String> names =
        IntStream.rangeClosed(1, 65).mapToObj(i -> prefix + "-u%02d".formatted(i)).toList();
    names.forEach(name -> api.createBackupUser(name, PASSWORD, false));

    try (Browser browser = Browser.open(RunningApp.baseUrl())) {
      BackupUserListPage list = twoFactorView(browser, prefix);
      list.nextPage();
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(50, 65));

      list.showRowsPerPage(10);
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(50, 60));
      assertThat(list.pageReport()).isEqualTo("65 backup users, page 6 of 7");
      list.nextPage();
      assertThat(list.loginNames()).containsExactlyElementsOf(names.subList(60, 65));
    }
  }

  /** The admin logs in and opens the 2FA view, narrowed to login names with {@code prefix}. */
  private static BackupUserListPage twoFactorView(Browser browser, String prefix) {
    return LoginPage.open(browser)
        .logInAs("system", RunningApp.adminPassword())
        .openBackupUsers()
        .filterByLoginName(prefix)
        .showView("2FA");
  }

  private boolean twoFactorEnabled(String name, String token) {
    return api.get("/api/v1/backup-users/" + name, token).json().getBoolean("twoFactorEnabled");
  }

  /** Logs in as a backup client does, which records the client version. */
  private void connectFromBackupClient(String loginName, String version) {
    String login =
        Json.createObjectBuilder()
            .add("loginName", loginName)
            .add("password", PASSWORD)
            .add("client", Json.createObjectBuilder().add("type", "OBM").add("version", version))
            .build()
            .toString();
    Api.Answer answer = api.post("/api/v1/auth/login", login, null);
    assertThat(answer.status()).as("login of %s: %s", loginName, answer).isEqualTo(200);
  }
}
