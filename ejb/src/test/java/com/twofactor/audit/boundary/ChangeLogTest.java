package com.twofactor.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

  @Test
  void nothingChangedWritesNothing() {
    ChangeLog log = new ChangeLog().compare("name", "a", "a").apply("type", "PAID", null, t -> {});
    assertThat(log.detail()).isEmpty();
  }

  @Test
  void aRequestedDifferentValueIsWrittenAndApplied() {
    List<String> applied = new ArrayList<>();
    ChangeLog log =
        new ChangeLog()
            .apply("type", "TRIAL", "PAID", applied::add)
            .apply("alias", "same", "same", applied::add)
            .compare("owner", null, "reseller")
            .note("password changed");
    assertThat(applied).containsExactly("PAID");
    assertThat(log.detail())
        .contains("type: TRIAL -> PAID; owner: none -> reseller; password changed");
  }
}
