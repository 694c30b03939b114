-- Service accounts (replication, redirector): the only accounts that may log in with those
-- connection types. Challenges ended by the server (lock, too many open). Failed logins per
-- source address, for throttling.

CREATE TABLE service_account (
    id           BIGINT       NOT NULL,
    service_kind VARCHAR(16)  NOT NULL,
    description  VARCHAR(255),
    CONSTRAINT pk_service_account PRIMARY KEY (id),
    CONSTRAINT fk_service_account_account FOREIGN KEY (id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_service_account_kind CHECK (service_kind IN ('REPLICATION', 'REDIRECTOR'))
);

ALTER TABLE account DROP CONSTRAINT ck_account_type;
ALTER TABLE account ADD CONSTRAINT ck_account_type
    CHECK (account_type IN ('SYSTEM', 'BACKUP', 'SERVICE'));

ALTER TABLE login_challenge DROP CONSTRAINT ck_login_challenge_state;
ALTER TABLE login_challenge ADD CONSTRAINT ck_login_challenge_state
    CHECK (state IN ('PENDING', 'COMPLETED', 'REDEEMED', 'FAILED', 'REVOKED'));

-- The open challenges of one account: counted at every login, ended together by a lock.
CREATE INDEX ix_login_challenge_account_state ON login_challenge (account_id, state, created_at);

-- One row per source address that failed recently. The primary key makes the first failure of
-- an address on any node the only insert; later failures are conditional updates of the row.
CREATE TABLE address_throttle (
    source_address  VARCHAR(64)              NOT NULL,
    failures        INTEGER                  NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_address_throttle PRIMARY KEY (source_address)
);

CREATE INDEX ix_address_throttle_last_failure ON address_throttle (last_failure_at);
