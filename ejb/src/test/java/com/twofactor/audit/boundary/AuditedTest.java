package com.twofactor.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.audit.entity.AuditEvent.Outcome;
import org.junit.jupiter.api.Test;

class AuditedTest {

  @Test
  void anUnknownButValidLoginNameIsTheSubject() {
    Audited refused = Audited.unknownLoginName("anonymous", "nobody@example.com");

    assertThat(refused.subject()).isEqualTo("nobody@example.com");
    assertThat(refused.action()).isEqualTo("LOGIN_FAILED");
    assertThat(refused.counted()).isFalse();
  }

  @Test
  void aLoginNameThatIsNotValidIsOnlyCounted() {
    for (String sent : new String[] {"a\nLOGIN_FAILED", "<script>", "x".repeat(5_000), " a", ""}) {
      Audited refused = Audited.unknownLoginName("anonymous", sent);

      assertThat(refused.counted()).as(sent).isTrue();
      assertThat(refused.subject()).isNull();
      assertThat(refused.detail()).isEqualTo("login name not valid");
      assertThat(refused.outcome()).isEqualTo(Outcome.FAILURE);
    }
  }

  @Test
  void aChangeRolledBackIsAFailureAndAFailureStaysOne() {
    Audited change = Audited.success("admin", "bob", "BACKUP_USER_CHANGED", "type: PAID -> TRIAL");
    Audited refusal = Audited.failure("bob", "bob", "LOGIN_FAILED", "wrong password");

    assertThat(change.rolledBack().outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(change.rolledBack().detail()).isEqualTo("type: PAID -> TRIAL; rolled back");
    assertThat(Audited.success("a", null, "X", null).rolledBack().detail())
        .isEqualTo("rolled back");
    assertThat(refusal.rolledBack()).isEqualTo(refusal);
  }
}
