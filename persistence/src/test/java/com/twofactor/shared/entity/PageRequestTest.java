package com.twofactor.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void firstResultIsPageTimesSize() {
    assertThat(new PageRequest(3, 50).firstResult()).isEqualTo(150);
  }

  @Test
  void sizeIsBetweenOneAndFiveHundred() {
    assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageRequest(0, 501)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFirstRowBeyondWhatAQueryCanSkipIsRefused() {
    assertThatThrownBy(() -> new PageRequest(5_000_000, 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page must be at most 4294967 for size 500");
    assertThat(new PageRequest(4_294_967, 500).firstResult()).isEqualTo(2_147_483_500);
  }

  @Test
  void mappingAPageKeepsItsPosition() {
    Page<Integer> page = new Page<>(List.of(1, 2), 4, 2, 10);

    assertThat(page.map(String::valueOf)).isEqualTo(new Page<>(List.of("1", "2"), 4, 2, 10));
  }
}
