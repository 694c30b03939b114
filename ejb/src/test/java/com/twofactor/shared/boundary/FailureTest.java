package com.twofactor.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

class FailureTest {

  @Test
  void aRefusedRoleIsForbidden() {
    assertThat(Failure.of(new EJBAccessException("no"))).isInstanceOf(Failure.Forbidden.class);
  }

  @Test
  void aBusinessRuleIsFoundHoweverDeeplyItIsWrapped() {
    ConflictingChangeException rule = new ConflictingChangeException("Taken");
    Failure failure = Failure.of(new EJBException(new RuntimeException(rule)));
    assertThat(failure).isEqualTo(new Failure.Refused(rule));
  }

  @Test
  void anIllegalArgumentIsInvalidInputInItsOwnWords() {
    Failure failure = Failure.of(new EJBException(new IllegalArgumentException("Port 0")));
    assertThat(failure).isInstanceOf(Failure.Invalid.class);
    assertThat(((Failure.Invalid) failure).byField()).isEqualTo("Port 0");
    assertThat(((Failure.Invalid) failure).plain()).isEqualTo("Port 0");
  }

  @Test
  void anythingElseIsUnexpected() {
    assertThat(Failure.of(new EJBException(new NullPointerException())))
        .isInstanceOf(Failure.Unexpected.class);
  }
}
