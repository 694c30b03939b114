-- Recovery codes: ten single-use codes per account, stored as keyed hashes only. A code is spent by
-- a conditional update (used_at IS NULL), so of two concurrent uses exactly one succeeds.

CREATE SEQUENCE recovery_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE recovery_code (
    id         BIGINT                   NOT NULL,
    account_id BIGINT                   NOT NULL,
    code_hash  VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_recovery_code PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uq_recovery_code_account_hash UNIQUE (account_id, code_hash)
);

-- Step-up proofs: an account proved its second factor (or password) again, from one session (a
-- hash of the token id or of the console session's key). Read by any node of a cluster.

CREATE SEQUENCE step_up_proof_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE step_up_proof (
    id           BIGINT                   NOT NULL,
    account_id   BIGINT                   NOT NULL,
    session_hash VARCHAR(64)              NOT NULL,
    proven_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_step_up_proof PRIMARY KEY (id),
    CONSTRAINT fk_step_up_proof_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_step_up_proof_session ON step_up_proof (account_id, session_hash);
CREATE INDEX ix_step_up_proof_time ON step_up_proof (proven_at);
