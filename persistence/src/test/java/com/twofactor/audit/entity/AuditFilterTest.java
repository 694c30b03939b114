package com.twofactor.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  @Test
  void blankPartsDoNotNarrow() {
    AuditFilter filter = filter(Optional.of("  "), Optional.empty());

    assertThat(filter.actor()).isEmpty();
  }

  @Test
  void valuesNoLineCanHoldAreRefusedWithoutEchoingThem() {
    assertThatThrownBy(() -> filter(Optional.of("x".repeat(65)), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("actor is at most 64 characters")
        .hasMessageNotContaining("xxx");
    assertThatThrownBy(() -> filter(Optional.of("a\nb"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> filter(Optional.empty(), Optional.of(Instant.MAX)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must lie between the years 1 and 9999");
  }

  @Test
  void patternCharactersAreJustCharacters() {
    assertThat(filter(Optional.of("%_\\"), Optional.empty()).actor()).contains("%_\\");
  }

  @Test
  void countedLinesShareAKeyPerActionSourceAddressAndMinute() {
    Instant at = Instant.parse("2026-12-02T10:15:30Z");

    assertThat(AuditEvent.tallyKey("A", "192.0.2.1", at))
        .isEqualTo(AuditEvent.tallyKey("A", "192.0.2.1", at.plusSeconds(29)))
        .isNotEqualTo(AuditEvent.tallyKey("A", "192.0.2.1", at.plusSeconds(30)))
        .isNotEqualTo(AuditEvent.tallyKey("A", "192.0.2.2", at))
        .isNotEqualTo(AuditEvent.tallyKey("B", "192.0.2.1", at));
    assertThat(AuditEvent.tallyKey("A", "x".repeat(500), at)).hasSizeLessThanOrEqualTo(128);
  }

  private static AuditFilter filter(Optional<String> actor, Optional<Instant> from) {
    return new AuditFilter(actor, Optional.empty(), Optional.empty(), from, Optional.empty());
  }
}
