package com.twofactor.users.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.it.Api;
import com.twofactor.it.RunningApp;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keyset paging of the Backup User list over HTTP: {@code after=} starts the list and alone carries
 * the total, {@code next} leads through every user of the filter once and in order, the last page
 * has no {@code next}; {@code before} leads back the same way from the last page ({@code before=});
 * page numbers and a cursor, or both cursors, together are refused.
 */
@ExtendWith(RunningApp.class)
class KeysetPagingIT {

  private static final String USERS = "/api/v1/backup-users";

  private static Api api;
  private static String admin;
  private static String prefix;
  private static final List<String> ENABLED = new ArrayList<>();
  private static final List<String> ALL = new ArrayList<>();

  @BeforeAll
  static void someUsers() {
    api = new Api(RunningApp.baseUrl());
    admin = api.adminToken();
    prefix = "keyset-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    for (int i = 0; i < 7; i++) {
      String name = prefix + (char) ('a' + i);
      boolean enabled = i % 2 == 0;
      api.createBackupUser(name, "keyset-Password-1", enabled);
      ALL.add(name);
      if (enabled) {
        ENABLED.add(name);
      }
    }
  }

  @Test
  void theCursorLeadsThroughEveryUserOnceInOrderWithTheTotalOnTheFirstPageOnly() {
    List<String> seen = new ArrayList<>();
    JsonObject first = slice("loginName=" + prefix + "&size=3&after=");
    assertThat(first.getJsonNumber("total").longValue()).isEqualTo(7);
    assertThat(first.containsKey("page")).isFalse();
    seen.addAll(names(first));
    JsonObject current = first;
    int pages = 1;
    while (current.containsKey("next") && pages < 10) {
      current =
          slice(
              "loginName="
                  + prefix
                  + "&size=3&after="
                  + URLEncoder.encode(current.getString("next"), StandardCharsets.UTF_8));
      assertThat(current.containsKey("total")).isFalse();
      seen.addAll(names(current));
      pages++;
    }

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(ALL);
    assertThat(names(current)).hasSize(1);
  }

  @Test
  void theTwoFactorFilterPagesByCursorToo() {
    JsonObject first = slice("loginName=" + prefix + "&twoFactor=enabled&size=2&after=");
    assertThat(first.getJsonNumber("total").longValue()).isEqualTo(ENABLED.size());
    List<String> seen = new ArrayList<>(names(first));
    JsonObject second =
        slice(
            "loginName="
                + prefix
                + "&twoFactor=enabled&size=2&after="
                + URLEncoder.encode(first.getString("next"), StandardCharsets.UTF_8));
    seen.addAll(names(second));

    assertThat(seen).containsExactlyElementsOf(ENABLED);
    assertThat(second.containsKey("next")).isFalse();
  }

  @Test
  void beforeLeadsBackFromTheLastPageThroughEveryUserOnceInOrder() {
    JsonObject last = slice("loginName=" + prefix + "&size=3&before=");
    assertThat(last.getJsonNumber("total").longValue()).isEqualTo(7);
    assertThat(names(last)).containsExactlyElementsOf(ALL.subList(4, 7));
    assertThat(last.containsKey("next")).isFalse();
    assertThat(last.getString("previous")).isEqualTo(ALL.get(4));

    JsonObject middle = before("loginName=" + prefix + "&size=3", last.getString("previous"));
    assertThat(names(middle)).containsExactlyElementsOf(ALL.subList(1, 4));
    assertThat(middle.containsKey("total")).isFalse();
    assertThat(middle.getString("previous")).isEqualTo(ALL.get(1));
    assertThat(middle.getString("next")).isEqualTo(ALL.get(3));

    JsonObject first = before("loginName=" + prefix + "&size=3", middle.getString("previous"));
    assertThat(names(first)).containsExactly(ALL.get(0));
    assertThat(first.containsKey("previous")).isFalse();
  }

  @Test
  void theTwoFactorFilterPagesBackwardsToo() {
    JsonObject last = slice("loginName=" + prefix + "&twoFactor=enabled&size=2&before=");
    assertThat(last.getJsonNumber("total").longValue()).isEqualTo(ENABLED.size());
    assertThat(names(last)).containsExactlyElementsOf(ENABLED.subList(2, 4));

    JsonObject first =
        before("loginName=" + prefix + "&twoFactor=enabled&size=2", last.getString("previous"));

    assertThat(names(first)).containsExactlyElementsOf(ENABLED.subList(0, 2));
    assertThat(first.containsKey("previous")).isFalse();
  }

  @Test
  void afterAndBeforeTogetherAreABadRequest() {
    Api.Answer answer = api.get(USERS + "?after=" + prefix + "a&before=" + prefix + "f", admin);
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void aPageNumberWithACursorIsABadRequest() {
    Api.Answer answer = api.get(USERS + "?page=1&after=" + prefix + "a", admin);
    assertThat(answer.status()).isEqualTo(400);
  }

  private static JsonObject slice(String query) {
    Api.Answer answer = api.get(USERS + "?" + query, admin);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static JsonObject before(String query, String cursor) {
    return slice(query + "&before=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
  }

  private static List<String> names(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("loginName"))
        .toList();
  }
}
