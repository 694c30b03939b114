package com.twofactor.recovery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodeTextTest {

  @Test
  void newCodesAreTenBase32CharactersInTwoGroups() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = RecoveryCodeText.newCode();
      assertThat(code).matches("[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}");
      seen.add(code);
    }
    assertThat(seen).as("50 random bits: no repeats in a thousand").hasSize(1000);
    assertThat(RecoveryCodeText.ALPHABET).hasSize(32);
  }

  @Test
  void typedCodesAreReadLeniently() {
    assertThat(RecoveryCodeText.normalized("ABCDE-FGH12")).contains("abcdefgh12");
    assertThat(RecoveryCodeText.normalized(" abcde fgh12 ")).contains("abcdefgh12");
    assertThat(RecoveryCodeText.normalized("oOiIl-LabcD")).contains("00111labcd".replace("l", "1"));
  }

  @Test
  void whatCannotBeACodeIsRefused() {
    assertThat(RecoveryCodeText.normalized(null)).isEmpty();
    assertThat(RecoveryCodeText.normalized("abcde-fgh1")).isEmpty();
    assertThat(RecoveryCodeText.normalized("abcde-fgh123")).isEmpty();
    assertThat(RecoveryCodeText.normalized("abcde-fghu2")).as("u is not in the alphabet").isEmpty();
    assertThat(RecoveryCodeText.normalized("123456")).isEmpty();
    assertThat(RecoveryCodeText.normalized("a".repeat(100))).isEmpty();
  }
}
