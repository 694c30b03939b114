-- Paired authenticator apps (and, later, the branded mobile app). The encrypted TOTP secret lives
-- in a table of its own, apart from the metadata that lists and audits read.

CREATE SEQUENCE authenticator_device_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE authenticator_device (
    id                   BIGINT                   NOT NULL,
    account_id           BIGINT                   NOT NULL,
    kind                 VARCHAR(16)              NOT NULL,
    app                  VARCHAR(32)              NOT NULL,
    display_name         VARCHAR(64)              NOT NULL,
    totp_algorithm       VARCHAR(8)               NOT NULL,
    totp_digits          INTEGER                  NOT NULL,
    totp_period_seconds  INTEGER                  NOT NULL,
    last_accepted_step   BIGINT,
    pairing_challenge_id VARCHAR(32),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    paired_at            TIMESTAMP WITH TIME ZONE,
    last_used_at         TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    CONSTRAINT pk_authenticator_device PRIMARY KEY (id),
    CONSTRAINT fk_authenticator_device_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_authenticator_device_kind CHECK (kind IN ('TOTP_APP', 'MOBILE_APP')),
    CONSTRAINT ck_authenticator_device_algorithm CHECK (totp_algorithm IN ('SHA1', 'SHA256', 'SHA512')),
    CONSTRAINT ck_authenticator_device_digits CHECK (totp_digits BETWEEN 6 AND 8),
    CONSTRAINT ck_authenticator_device_period CHECK (totp_period_seconds > 0)
);

CREATE INDEX ix_authenticator_device_account ON authenticator_device (account_id);
CREATE INDEX ix_authenticator_device_pairing ON authenticator_device (pairing_challenge_id);

CREATE TABLE authenticator_secret (
    device_id         BIGINT       NOT NULL,
    secret_ciphertext VARCHAR(256) NOT NULL,
    CONSTRAINT pk_authenticator_secret PRIMARY KEY (device_id),
    CONSTRAINT fk_authenticator_secret_device FOREIGN KEY (device_id) REFERENCES authenticator_device (id) ON DELETE CASCADE
);

-- Time steps already accepted per device. The primary key is the replay guard: of two requests
-- with the same code, on any nodes, the database lets exactly one insert its row.
CREATE TABLE totp_used_step (
    device_id BIGINT                   NOT NULL,
    step      BIGINT                   NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_totp_used_step PRIMARY KEY (device_id, step),
    CONSTRAINT fk_totp_used_step_device FOREIGN KEY (device_id) REFERENCES authenticator_device (id) ON DELETE CASCADE
);
