-- Legacy Twilio SMS verification, kept only on installs upgraded from the legacy version: its
-- settings (at most one row; the auth token encrypted, in a table of its own), the phone numbers
-- of accounts, pending SMS verifications of a number, and the SMS passcode of a login challenge.

CREATE TABLE twilio_settings (
    id                        INTEGER                  NOT NULL,
    account_sid               VARCHAR(64)              NOT NULL,
    sender_country            VARCHAR(2)               NOT NULL,
    sender_number             VARCHAR(16)              NOT NULL,
    passcode_length           INTEGER                  NOT NULL,
    resend_cooldown_minutes   INTEGER                  NOT NULL,
    expiry_minutes            INTEGER                  NOT NULL,
    max_invalid_attempts      INTEGER                  NOT NULL,
    max_consecutive_sends     INTEGER                  NOT NULL,
    legacy_clients_may_skip   BOOLEAN                  NOT NULL,
    last_tested_at            TIMESTAMP WITH TIME ZONE,
    last_send_failure         VARCHAR(255),
    last_send_failure_at      TIMESTAMP WITH TIME ZONE,
    last_sent_at              TIMESTAMP WITH TIME ZONE,
    version                   BIGINT                   NOT NULL,
    CONSTRAINT pk_twilio_settings PRIMARY KEY (id),
    CONSTRAINT ck_twilio_settings_single_row CHECK (id = 1),
    CONSTRAINT ck_twilio_settings_passcode_length CHECK (passcode_length BETWEEN 4 AND 10),
    CONSTRAINT ck_twilio_settings_cooldown CHECK (resend_cooldown_minutes BETWEEN 0 AND 60),
    CONSTRAINT ck_twilio_settings_expiry CHECK (expiry_minutes BETWEEN 1 AND 60),
    CONSTRAINT ck_twilio_settings_invalid CHECK (max_invalid_attempts BETWEEN 1 AND 100),
    CONSTRAINT ck_twilio_settings_sends CHECK (max_consecutive_sends BETWEEN 1 AND 100)
);

CREATE TABLE twilio_secret (
    settings_id           INTEGER      NOT NULL,
    auth_token_ciphertext VARCHAR(512) NOT NULL,
    CONSTRAINT pk_twilio_secret PRIMARY KEY (settings_id),
    CONSTRAINT fk_twilio_secret_settings FOREIGN KEY (settings_id) REFERENCES twilio_settings (id) ON DELETE CASCADE
);

CREATE SEQUENCE phone_number_seq START WITH 50 INCREMENT BY 50;

-- A phone number of an account for SMS passcodes, in E.164. The unique key keeps one row per
-- number and account, whichever node adds it.
CREATE TABLE phone_number (
    id                    BIGINT                   NOT NULL,
    account_id            BIGINT                   NOT NULL,
    country               VARCHAR(2)               NOT NULL,
    e164                  VARCHAR(16)              NOT NULL,
    verified              BOOLEAN                  NOT NULL,
    last_verified_at      TIMESTAMP WITH TIME ZONE,
    passcode_prefix       VARCHAR(4),
    passcode_hash         VARCHAR(64),
    passcode_expires_at   TIMESTAMP WITH TIME ZONE,
    passcode_sent_at      TIMESTAMP WITH TIME ZONE,
    passcode_sends        INTEGER                  NOT NULL,
    passcode_failures     INTEGER                  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL,
    CONSTRAINT pk_phone_number PRIMARY KEY (id),
    CONSTRAINT fk_phone_number_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uk_phone_number_account_e164 UNIQUE (account_id, e164)
);

CREATE INDEX ix_phone_number_verified ON phone_number (account_id, verified);

-- The SMS passcode of a login challenge: the chosen number, the prefix shown on screen, the
-- keyed hash of the whole passcode, when it expires, when it was sent and how often in a row.
ALTER TABLE login_challenge ADD COLUMN sms_phone_id BIGINT;
ALTER TABLE login_challenge ADD COLUMN sms_prefix VARCHAR(4);
ALTER TABLE login_challenge ADD COLUMN sms_passcode_hash VARCHAR(64);
ALTER TABLE login_challenge ADD COLUMN sms_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE login_challenge ADD COLUMN sms_sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE login_challenge ADD COLUMN sms_sends INTEGER DEFAULT 0 NOT NULL;
