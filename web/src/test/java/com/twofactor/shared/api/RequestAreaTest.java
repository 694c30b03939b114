package com.twofactor.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestAreaTest {

  @ParameterizedTest(name = "{0} + {1} is {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "/api, /v1/me, API",
        "/api, null, API",
        "'', /api/v1/backup-users, API",
        "/api/, /v1/me, API",
        "//api, /v1/me, API",
        "/./api, /v1/me, API",
        "/api;jsessionid=abc, /v1/me, API",
        "/admin/../api, /v1/me, API",
        "/api/../admin/users/backup-users.xhtml, null, CONSOLE",
        "/api/..;x=y/admin/index.xhtml, null, CONSOLE",
        "/apiary/x.xhtml, null, CONSOLE",
        "/API, /v1/me, CONSOLE",
        "/%61pi, /v1/me, CONSOLE",
        "/admin/users/backup-users.xhtml, null, CONSOLE",
        "/login.xhtml, null, CONSOLE",
        "'', null, CONSOLE",
        "null, null, CONSOLE",
        "/../../api, /v1, API",
        "/resources/css/console.css, null, RESOURCE",
        "/jakarta.faces.resource/theme.css.xhtml, null, RESOURCE",
        "/resources/../admin/index.xhtml, null, CONSOLE",
        "/jakarta.faces.resource/dynamiccontent.properties.xhtml, null, CONSOLE",
        "/resources, null, CONSOLE",
      })
  void theAreaIsDecidedOnTheNormalisedPath(String servletPath, String pathInfo, RequestArea area) {
    assertThat(RequestArea.of(servletPath, pathInfo)).isEqualTo(area);
  }
}
