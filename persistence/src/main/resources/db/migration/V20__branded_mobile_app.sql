-- The provider's branded mobile app: its display name and store links in the settings; its
-- devices' public keys (signed requests) and mobile backup flag; one-time pairing tokens (stored
-- hashed); push approval requests with their number to match; device request signatures already
-- used (the replay guard is the primary key).

ALTER TABLE two_factor_settings ADD COLUMN branded_app_name VARCHAR(64);
ALTER TABLE two_factor_settings ADD COLUMN app_store_url VARCHAR(512);
ALTER TABLE two_factor_settings ADD COLUMN play_store_url VARCHAR(512);

ALTER TABLE authenticator_device ADD COLUMN public_key VARCHAR(512);
ALTER TABLE authenticator_device ADD COLUMN platform VARCHAR(16);
ALTER TABLE authenticator_device ADD COLUMN mobile_backup BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE mobile_pairing (
    id           VARCHAR(32)              NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    account_id   BIGINT                   NOT NULL,
    challenge_id VARCHAR(32),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    device_id    BIGINT,
    CONSTRAINT pk_mobile_pairing PRIMARY KEY (id),
    CONSTRAINT uk_mobile_pairing_token UNIQUE (token_hash),
    CONSTRAINT fk_mobile_pairing_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_mobile_pairing_expires_at ON mobile_pairing (expires_at);

CREATE TABLE push_request (
    id           VARCHAR(32)              NOT NULL,
    challenge_id VARCHAR(32)              NOT NULL,
    account_id   BIGINT                   NOT NULL,
    number_match VARCHAR(2)               NOT NULL,
    state        VARCHAR(16)              NOT NULL,
    device_id    BIGINT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_push_request PRIMARY KEY (id),
    CONSTRAINT fk_push_request_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_push_request_state
        CHECK (state IN ('PENDING', 'APPROVED', 'DENIED', 'FAILED', 'SUPERSEDED'))
);

CREATE INDEX ix_push_request_account_created ON push_request (account_id, created_at);
CREATE INDEX ix_push_request_challenge ON push_request (challenge_id);

CREATE TABLE device_signature (
    signature_hash VARCHAR(64)              NOT NULL,
    device_id      BIGINT                   NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_device_signature PRIMARY KEY (signature_hash)
);

CREATE INDEX ix_device_signature_used_at ON device_signature (used_at);
