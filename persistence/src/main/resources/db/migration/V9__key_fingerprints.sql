-- Fingerprints of the keys the database was first used with (the key that encrypts stored secrets,
-- the key pair that signs tokens): identifiers that reveal nothing of the keys. A node starting with
-- other keys refuses to start. The primary key lets one of several nodes starting together record
-- a fingerprint; the others compare theirs with it.

CREATE TABLE key_fingerprint (
    key_name    VARCHAR(32)              NOT NULL,
    fingerprint VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_key_fingerprint PRIMARY KEY (key_name),
    CONSTRAINT ck_key_fingerprint_name CHECK (key_name IN ('SECRETS', 'TOKEN_SIGNING'))
);
