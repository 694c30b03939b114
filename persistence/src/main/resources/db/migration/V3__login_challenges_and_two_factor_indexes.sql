-- The pending second step of a login, kept in the database so any node of a cluster can
-- finish it; and the indexes behind the 2FA filter of the Backup User list.

CREATE TABLE login_challenge (
    id              VARCHAR(32)              NOT NULL,
    account_id      BIGINT                   NOT NULL,
    client_type     VARCHAR(16)              NOT NULL,
    client_version  VARCHAR(32),
    step            VARCHAR(16)              NOT NULL,
    methods         VARCHAR(64)              NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    failed_attempts INTEGER                  NOT NULL,
    source_address  VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_login_challenge PRIMARY KEY (id),
    CONSTRAINT fk_login_challenge_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_login_challenge_step CHECK (step IN ('SETUP_PROMPT', 'SETUP_REQUIRED', 'CHALLENGE')),
    CONSTRAINT ck_login_challenge_state
        CHECK (state IN ('PENDING', 'COMPLETED', 'REDEEMED', 'FAILED'))
);

CREATE INDEX ix_login_challenge_account ON login_challenge (account_id);
CREATE INDEX ix_login_challenge_expires_at ON login_challenge (expires_at);

-- twoFactor=enabled|disabled walks the accounts in login-name order within one flag value.
CREATE INDEX ix_account_two_factor_login_name ON account (two_factor_enabled, login_name);
CREATE INDEX ix_policy_group_require_two_factor ON policy_group (require_two_factor);
