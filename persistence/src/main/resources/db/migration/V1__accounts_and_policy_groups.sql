-- Accounts (system users and backup users, JOINED inheritance) and policy groups.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL.

-- EclipseLink reads a sequence value as the last id of a block of 50 ids.
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE policy_group_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE policy_group (
    id                 BIGINT       NOT NULL,
    name               VARCHAR(64)  NOT NULL,
    require_two_factor BOOLEAN      NOT NULL,
    default_group      BOOLEAN      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_policy_group PRIMARY KEY (id),
    CONSTRAINT uq_policy_group_name UNIQUE (name)
);

CREATE TABLE account (
    id                 BIGINT                   NOT NULL,
    account_type       VARCHAR(16)              NOT NULL,
    login_name         VARCHAR(64)              NOT NULL,
    password_hash      VARCHAR(255)             NOT NULL,
    two_factor_enabled BOOLEAN                  NOT NULL,
    skip_setup_prompt  BOOLEAN                  NOT NULL,
    failed_logins      INTEGER                  NOT NULL,
    locked_until       TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_login_name UNIQUE (login_name),
    CONSTRAINT ck_account_type CHECK (account_type IN ('SYSTEM', 'BACKUP'))
);

CREATE TABLE system_account (
    id   BIGINT      NOT NULL,
    role VARCHAR(32) NOT NULL,
    CONSTRAINT pk_system_account PRIMARY KEY (id),
    CONSTRAINT fk_system_account_account FOREIGN KEY (id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_system_account_role
        CHECK (role IN ('ADMIN', 'SUB_ADMIN', 'READ_ONLY_ADMIN', 'API_USER', 'READ_ONLY_API_USER'))
);

CREATE TABLE backup_account (
    id              BIGINT                   NOT NULL,
    alias           VARCHAR(128),
    user_type       VARCHAR(8)               NOT NULL,
    owner_id        BIGINT,
    policy_group_id BIGINT                   NOT NULL,
    client_type     VARCHAR(8),
    client_version  VARCHAR(32),
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_backup_account PRIMARY KEY (id),
    CONSTRAINT fk_backup_account_account FOREIGN KEY (id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_backup_account_owner FOREIGN KEY (owner_id) REFERENCES system_account (id),
    CONSTRAINT fk_backup_account_policy_group FOREIGN KEY (policy_group_id) REFERENCES policy_group (id),
    CONSTRAINT ck_backup_account_type CHECK (user_type IN ('PAID', 'TRIAL')),
    CONSTRAINT ck_backup_account_client_type CHECK (client_type IN ('OBM', 'ACB'))
);

CREATE INDEX ix_backup_account_owner ON backup_account (owner_id);
CREATE INDEX ix_backup_account_policy_group ON backup_account (policy_group_id);
