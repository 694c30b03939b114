-- The server's two-factor settings (exactly one row) and the audit trail.

CREATE TABLE two_factor_settings (
    id                        INTEGER      NOT NULL,
    mobile_authentication     BOOLEAN      NOT NULL,
    authenticator_app         VARCHAR(32)  NOT NULL,
    third_party_name          VARCHAR(64),
    host_protocol             VARCHAR(8),
    host_name                 VARCHAR(253),
    host_port                 INTEGER,
    host_last_tested_at       TIMESTAMP WITH TIME ZONE,
    require_for_system_users  BOOLEAN      NOT NULL,
    twilio_retired            BOOLEAN      NOT NULL,
    version                   BIGINT       NOT NULL,
    CONSTRAINT pk_two_factor_settings PRIMARY KEY (id),
    CONSTRAINT ck_two_factor_settings_single_row CHECK (id = 1),
    CONSTRAINT ck_two_factor_settings_app
        CHECK (authenticator_app IN ('BRANDED_MOBILE_APP', 'MICROSOFT', 'GOOGLE', 'THIRD_PARTY')),
    CONSTRAINT ck_two_factor_settings_protocol CHECK (host_protocol IN ('HTTP', 'HTTPS')),
    CONSTRAINT ck_two_factor_settings_port CHECK (host_port BETWEEN 1 AND 65535)
);

INSERT INTO two_factor_settings
    (id, mobile_authentication, authenticator_app, require_for_system_users, twilio_retired, version)
VALUES (1, FALSE, 'BRANDED_MOBILE_APP', FALSE, FALSE, 0);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id             BIGINT                   NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(64)              NOT NULL,
    subject        VARCHAR(128),
    action         VARCHAR(64)              NOT NULL,
    outcome        VARCHAR(16)              NOT NULL,
    source_address VARCHAR(64),
    detail         VARCHAR(1000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('SUCCESS', 'FAILURE'))
);

CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject);
