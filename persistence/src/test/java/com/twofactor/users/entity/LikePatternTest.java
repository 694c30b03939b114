package com.twofactor.users.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The login-name filter's text matches literally inside a LIKE pattern. */
class LikePatternTest {

  @Test
  void wildcardsAndTheEscapeCharacterMatchOnlyThemselves() {
    assertThat(BackupUserRepository.likeEscaped("a_b%")).isEqualTo("a\\_b\\%");
    assertThat(BackupUserRepository.likeEscaped("x\\y")).isEqualTo("x\\\\y");
    assertThat(BackupUserRepository.likeEscaped("x!y")).isEqualTo("x!y");
  }

  @Test
  void theFilterIsCaseInsensitive() {
    assertThat(BackupUserRepository.likeEscaped("Esc_A")).isEqualTo("esc\\_a");
  }
}
