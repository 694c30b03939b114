package com.twofactor.stepup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An account proved its second factor (or, with nothing paired, its password) again from one
 * session: an access token or a console session, named by a hash of its reference. Kept in the
 * database so a proof made on one node of a cluster counts on every other.
 */
@Entity
@Table(name = "step_up_proof")
public class StepUpProof {

  @Id
  @SequenceGenerator(
      name = "step_up_proof_seq",
      sequenceName = "step_up_proof_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "step_up_proof_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "session_hash", nullable = false, length = 64, updatable = false)
  private String sessionHash;

  @Column(name = "proven_at", nullable = false, updatable = false)
  private Instant provenAt;

  protected StepUpProof() {}

  public StepUpProof(Long accountId, String sessionHash, Instant provenAt) {
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.sessionHash = Objects.requireNonNull(sessionHash, "sessionHash");
    this.provenAt = Objects.requireNonNull(provenAt, "provenAt");
  }
}
