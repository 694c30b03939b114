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
  void mappingAPageKeepsItsPosition() {
    Page<Integer> page = new Page<>(List.of(1, 2), 4, 2, 10);

    assertThat(page.map(String::valueOf)).isEqualTo(new Page<>(List.of("1", "2"), 4, 2, 10));
  }
}
